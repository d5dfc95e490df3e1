Instance: moc-example-role-administrative-oversight-2
InstanceOf: MocPractitionerRole
Title: "Administrative oversight (administrative-oversight-2)"
Description: "Staff role administrative-oversight held since 2025-04-07."
Usage: #example
* active = true
* practitioner = Reference(Practitioner/moc-example-staff-admin-2)
* organization = Reference(Organization/moc-example-operations)
* code = $ict-role#administrative-oversight "Administrative oversight"
* period.start = "2025-04-07"
* extension[responsibility].valueString = "Oversees administrative functions and verifies licenses and contracts"
