Instance: moc-example-comm-hra-dissemination
InstanceOf: MocCommunication
Title: "Initial HRA sent to the ICT"
Description: "HRA results shared with the care team 5 days after the HRA (2B.2)."
Usage: #example
* status = #completed
* category = $moc-communication#hra-dissemination "HRA dissemination"
* subject = Reference(Patient/moc-example-beneficiary)
* sent = "2026-02-06"
* sender = Reference(PractitionerRole/moc-example-role-care-coordinator-1)
* recipient[0] = Reference(CareTeam/moc-example-ict)
* about[0] = Reference(QuestionnaireResponse/moc-example-hra-initial)
* payload.contentString = "HRA of 2026-02-01: psychosocial and mental-health needs flagged; see the attached assessment."
