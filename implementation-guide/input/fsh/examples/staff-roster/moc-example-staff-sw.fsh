Instance: moc-example-staff-sw
InstanceOf: MocPractitioner
Title: "Grace Kim"
Description: "Staff member with 2 MOC training record(s)."
Usage: #example
* active = true
* identifier.system = "http://sunrise-dual.example.org/staff-id"
* identifier.value = "SD-1006"
* name.family = "Kim"
* name.given = "Grace"
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2025-02-18"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2026-02-09"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
* qualification[+].code.text = "Licensed Clinical Social Worker"
