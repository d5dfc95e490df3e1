Instance: moc-example-staff-pharmacist-2
InstanceOf: MocPractitioner
Title: "Olivia Grant"
Description: "Staff member with 1 MOC training record(s). Annual MOC training is overdue (last completed 2025-02-20)."
Usage: #example
* active = true
* identifier.system = "http://sunrise-dual.example.org/staff-id"
* identifier.value = "SD-1008"
* name.family = "Grant"
* name.given = "Olivia"
* qualification[mocTraining][+].code = $moc-artifact#moc-training "MOC training"
* qualification[mocTraining][=].period.start = "2025-02-20"
* qualification[mocTraining][=].issuer = Reference(Organization/moc-example-plan)
* qualification[+].code.text = "Doctor of Pharmacy"
