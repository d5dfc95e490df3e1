Instance: moc-example-staff-admin-1
InstanceOf: MocPractitioner
Title: "Susan Park"
Description: "Staff member with 2 MOC training record(s)."
Usage: #example
* active = true
* identifier.system = "http://sunrise-dual.example.org/staff-id"
* identifier.value = "SD-1013"
* name.family = "Park"
* name.given = "Susan"
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2025-01-27"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2026-01-19"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
