Instance: moc-example-operations
InstanceOf: Organization
Title: "Sunrise Dual Health Plan - Plan Operations"
Description: "Administrative unit of the plan: enrollment, claims and administrative oversight."
Usage: #example
* active = true
* name = "Sunrise Dual Health Plan - Plan Operations"
* type = $organization-type#dept "Hospital Department"
* partOf = Reference(Organization/moc-example-plan)
