Instance: moc-example-care-management
InstanceOf: Organization
Title: "Sunrise Dual Health Plan - Care Management"
Description: "Clinical unit of the plan: care coordinators, clinicians and clinical oversight."
Usage: #example
* active = true
* name = "Sunrise Dual Health Plan - Care Management"
* type = $organization-type#dept "Hospital Department"
* partOf = Reference(Organization/moc-example-plan)
