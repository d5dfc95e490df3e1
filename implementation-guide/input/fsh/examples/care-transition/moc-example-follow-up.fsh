Instance: moc-example-follow-up
InstanceOf: Encounter
Title: "Follow-up visit 5 days after discharge"
Description: "Post-discharge visit with the primary care physician (2E.1)."
Usage: #example
* status = #finished
* class = $v3-ActCode#AMB "ambulatory"
* type.text = "Post-discharge follow-up visit"
* subject = Reference(Patient/moc-example-beneficiary)
* period.start = "2026-06-10"
* period.end = "2026-06-10"
* participant.individual = Reference(PractitionerRole/moc-example-role-primary-care)
