Instance: moc-example-role-pharmacist-2
InstanceOf: MocPractitionerRole
Title: "Pharmacist (pharmacist-2)"
Description: "Staff role pharmacist held since 2025-01-06."
Usage: #example
* active = true
* practitioner = Reference(Practitioner/moc-example-staff-pharmacist-2)
* organization = Reference(Organization/moc-example-care-management)
* code = $ict-role#pharmacist "Pharmacist"
* period.start = "2025-01-06"
* extension[responsibility].valueString = "Medication reviews and pharmacy consultation"
