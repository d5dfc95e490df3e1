Instance: moc-example-role-claims-staff-1
InstanceOf: MocPractitionerRole
Title: "Claims staff (claims-staff-1)"
Description: "Staff role claims-staff held since 2025-01-06."
Usage: #example
* active = true
* practitioner = Reference(Practitioner/moc-example-staff-enrollment-1)
* organization = Reference(Organization/moc-example-operations)
* code = $ict-role#claims-staff "Claims staff"
* period.start = "2025-01-06"
* extension[responsibility].valueString = "Claims processing"
