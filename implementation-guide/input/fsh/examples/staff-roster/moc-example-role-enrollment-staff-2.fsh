Instance: moc-example-role-enrollment-staff-2
InstanceOf: MocPractitionerRole
Title: "Enrollment staff (enrollment-staff-2)"
Description: "Staff role enrollment-staff held since 2025-03-17."
Usage: #example
* active = true
* practitioner = Reference(Practitioner/moc-example-staff-enrollment-2)
* organization = Reference(Organization/moc-example-operations)
* code = $ict-role#enrollment-staff "Enrollment staff"
* period.start = "2025-03-17"
* extension[responsibility].valueString = "Enrollment and eligibility verification"
