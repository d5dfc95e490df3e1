Instance: moc-example-role-primary-care
InstanceOf: MocPractitionerRole
Title: "Primary care (primary-care)"
Description: "Staff role primary-care held since 2025-01-10."
Usage: #example
* active = true
* practitioner = Reference(Practitioner/moc-example-staff-pcp)
* organization = Reference(Organization/moc-example-care-management)
* code = $ict-role#primary-care "Primary care"
* period.start = "2025-01-10"
* extension[responsibility].valueString = "Contracted primary care physician on members' care teams"
