Instance: moc-example-staff-medical-director-2
InstanceOf: MocPractitioner
Title: "Helen Brooks"
Description: "Staff member with 2 MOC training record(s)."
Usage: #example
* active = true
* identifier.system = "http://sunrise-dual.example.org/staff-id"
* identifier.value = "SD-1010"
* name.family = "Brooks"
* name.given = "Helen"
* name.prefix = "Dr."
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2025-03-12"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2026-03-02"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
* qualification[+].code.text = "Doctor of Medicine"
