Instance: moc-example-role-direct-care-educator-2
InstanceOf: MocPractitionerRole
Title: "Direct care and benefit educator (direct-care-educator-2)"
Description: "Staff role direct-care-educator held since 2025-03-01."
Usage: #example
* active = true
* practitioner = Reference(Practitioner/moc-example-staff-coordinator-2)
* organization = Reference(Organization/moc-example-care-management)
* code = $ict-role#direct-care-educator "Direct care and benefit educator"
* period.start = "2025-03-01"
* extension[responsibility].valueString = "Educates members on their benefits and on self-management"
