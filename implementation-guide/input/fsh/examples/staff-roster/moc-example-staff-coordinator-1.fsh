Instance: moc-example-staff-coordinator-1
InstanceOf: MocPractitioner
Title: "Ana Morales"
Description: "Staff member with 2 MOC training record(s)."
Usage: #example
* active = true
* identifier.system = "http://sunrise-dual.example.org/staff-id"
* identifier.value = "SD-1001"
* name.family = "Morales"
* name.given = "Ana"
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2024-10-15"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2025-09-30"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
* qualification[+].code.text = "Registered Nurse"
