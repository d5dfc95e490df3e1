Instance: moc-example-staff-coordinator-2
InstanceOf: MocPractitioner
Title: "James Okafor"
Description: "Staff member with 2 MOC training record(s)."
Usage: #example
* active = true
* identifier.system = "http://sunrise-dual.example.org/staff-id"
* identifier.value = "SD-1002"
* name.family = "Okafor"
* name.given = "James"
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2025-03-20"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2026-03-10"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
* qualification[+].code.text = "Registered Nurse"
