Instance: moc-example-role-administrative-oversight-1
InstanceOf: MocPractitionerRole
Title: "Administrative oversight (administrative-oversight-1)"
Description: "Staff role administrative-oversight held since 2025-01-06."
Usage: #example
* active = true
* practitioner = Reference(Practitioner/moc-example-staff-admin-1)
* organization = Reference(Organization/moc-example-operations)
* code = $ict-role#administrative-oversight "Administrative oversight"
* period.start = "2025-01-06"
* extension[responsibility].valueString = "Oversees administrative functions and verifies licenses and contracts"
