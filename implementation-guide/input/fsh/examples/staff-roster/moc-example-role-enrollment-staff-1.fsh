Instance: moc-example-role-enrollment-staff-1
InstanceOf: MocPractitionerRole
Title: "Enrollment staff (enrollment-staff-1)"
Description: "Staff role enrollment-staff held since 2025-01-06."
Usage: #example
* active = true
* practitioner = Reference(Practitioner/moc-example-staff-enrollment-1)
* organization = Reference(Organization/moc-example-operations)
* code = $ict-role#enrollment-staff "Enrollment staff"
* period.start = "2025-01-06"
* extension[responsibility].valueString = "Enrollment and eligibility verification"
