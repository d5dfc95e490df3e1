Instance: moc-example-staff-enrollment-1
InstanceOf: MocPractitioner
Title: "Maria Lopez"
Description: "Staff member with 2 MOC training record(s)."
Usage: #example
* active = true
* identifier.system = "http://sunrise-dual.example.org/staff-id"
* identifier.value = "SD-1011"
* name.family = "Lopez"
* name.given = "Maria"
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2025-02-03"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2026-01-26"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
