Instance: moc-example-transition-coordination
InstanceOf: MocTransitionCoordinationTask
Title: "Transition coordination for the hospital stay"
Description: "Transition coordinator assigned on the day of admission (2E.2)."
Usage: #example
* status = #completed
* intent = #order
* code = $moc-artifact#transition-coordination "Transition coordination"
* for = Reference(Patient/moc-example-beneficiary)
* focus = Reference(Encounter/moc-example-admission)
* authoredOn = "2026-06-01"
* owner = Reference(PractitionerRole/moc-example-role-transition-coordinator)
* executionPeriod.start = "2026-06-01"
* executionPeriod.end = "2026-06-20"
