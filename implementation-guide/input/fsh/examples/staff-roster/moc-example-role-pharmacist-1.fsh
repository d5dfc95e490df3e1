Instance: moc-example-role-pharmacist-1
InstanceOf: MocPractitionerRole
Title: "Pharmacist (pharmacist-1)"
Description: "Staff role pharmacist held since 2025-02-03."
Usage: #example
* active = true
* practitioner = Reference(Practitioner/moc-example-staff-pharmacist-1)
* organization = Reference(Organization/moc-example-care-management)
* code = $ict-role#pharmacist "Pharmacist"
* period.start = "2025-02-03"
* extension[responsibility].valueString = "Medication reviews and pharmacy consultation"
