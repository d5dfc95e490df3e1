Instance: moc-example-role-claims-staff-2
InstanceOf: MocPractitionerRole
Title: "Claims staff (claims-staff-2)"
Description: "Staff role claims-staff held since 2025-03-17."
Usage: #example
* active = true
* practitioner = Reference(Practitioner/moc-example-staff-enrollment-2)
* organization = Reference(Organization/moc-example-operations)
* code = $ict-role#claims-staff "Claims staff"
* period.start = "2025-03-17"
* extension[responsibility].valueString = "Claims processing"
