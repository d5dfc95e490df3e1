Instance: moc-example-training-remediation
InstanceOf: MocTrainingRemediationTask
Title: "Training remediation for an overdue pharmacist"
Description: "Annual MOC training of Olivia Grant was due 2026-02-20 and not completed; clinical oversight follows up (2A.7)."
Usage: #example
* status = #in-progress
* intent = #order
* code = $moc-artifact#training-remediation "Training remediation"
* for = Reference(Practitioner/moc-example-staff-pharmacist-2)
* owner = Reference(PractitionerRole/moc-example-role-clinical-oversight-1)
* authoredOn = "2026-02-24"
* restriction.period.end = "2026-03-24"
* description = "Complete the annual MOC training; it was due 2026-02-20."
