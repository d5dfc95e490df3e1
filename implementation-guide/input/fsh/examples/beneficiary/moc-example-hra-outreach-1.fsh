Instance: moc-example-hra-outreach-1
InstanceOf: MocHraOutreachTask
Title: "First HRA outreach call (no answer)"
Description: "A call to schedule the initial HRA that did not reach the beneficiary."
Usage: #example
* status = #failed
* intent = #order
* code = $moc-artifact#hra-outreach "HRA outreach attempt"
* statusReason = $outreach-outcome#unable-to-contact "Unable to contact"
* for = Reference(Patient/moc-example-beneficiary)
* authoredOn = "2026-01-22"
* executionPeriod.start = "2026-01-22"
* owner = Reference(PractitionerRole/moc-example-role-care-coordinator-1)
