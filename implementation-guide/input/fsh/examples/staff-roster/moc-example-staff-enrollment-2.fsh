Instance: moc-example-staff-enrollment-2
InstanceOf: MocPractitioner
Title: "Tom Reed"
Description: "Staff member with 2 MOC training record(s)."
Usage: #example
* active = true
* identifier.system = "http://sunrise-dual.example.org/staff-id"
* identifier.value = "SD-1012"
* name.family = "Reed"
* name.given = "Tom"
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2025-04-14"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2026-04-06"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
