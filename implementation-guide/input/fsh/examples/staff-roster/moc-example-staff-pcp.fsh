Instance: moc-example-staff-pcp
InstanceOf: MocPractitioner
Title: "Linda Chen"
Description: "Staff member with 2 MOC training record(s)."
Usage: #example
* active = true
* identifier.system = "http://sunrise-dual.example.org/staff-id"
* identifier.value = "SD-1003"
* name.family = "Chen"
* name.given = "Linda"
* name.prefix = "Dr."
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2025-02-05"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2026-01-28"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
* qualification[+].code.text = "Doctor of Medicine"
