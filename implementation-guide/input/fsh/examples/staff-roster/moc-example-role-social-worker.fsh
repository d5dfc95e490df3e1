Instance: moc-example-role-social-worker
InstanceOf: MocPractitionerRole
Title: "Social worker (social-worker)"
Description: "Staff role social-worker held since 2025-01-20."
Usage: #example
* active = true
* practitioner = Reference(Practitioner/moc-example-staff-sw)
* organization = Reference(Organization/moc-example-care-management)
* code = $ict-role#social-worker "Social worker"
* period.start = "2025-01-20"
* extension[responsibility].valueString = "Connects members with housing and food and other community resources"
