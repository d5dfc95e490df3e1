Instance: moc-example-staff-admin-2
InstanceOf: MocPractitioner
Title: "David Nguyen"
Description: "Staff member with 2 MOC training record(s)."
Usage: #example
* active = true
* identifier.system = "http://sunrise-dual.example.org/staff-id"
* identifier.value = "SD-1014"
* name.family = "Nguyen"
* name.given = "David"
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2025-05-05"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2026-04-27"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
