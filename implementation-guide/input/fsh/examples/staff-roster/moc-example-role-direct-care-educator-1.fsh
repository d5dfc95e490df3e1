Instance: moc-example-role-direct-care-educator-1
InstanceOf: MocPractitionerRole
Title: "Direct care and benefit educator (direct-care-educator-1)"
Description: "Staff role direct-care-educator held since 2024-09-01."
Usage: #example
* active = true
* practitioner = Reference(Practitioner/moc-example-staff-coordinator-1)
* organization = Reference(Organization/moc-example-care-management)
* code = $ict-role#direct-care-educator "Direct care and benefit educator"
* period.start = "2024-09-01"
* extension[responsibility].valueString = "Educates members on their benefits and on self-management"
