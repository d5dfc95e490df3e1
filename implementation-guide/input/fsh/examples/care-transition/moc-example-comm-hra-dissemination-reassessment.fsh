Instance: moc-example-comm-hra-dissemination-reassessment
InstanceOf: MocCommunication
Title: "Reassessment HRA sent to the ICT"
Description: "Reassessment shared with the care team 2 days after it (2B.2)."
Usage: #example
* status = #completed
* category = $moc-communication#hra-dissemination "HRA dissemination"
* subject = Reference(Patient/moc-example-beneficiary)
* sent = "2026-06-22"
* sender = Reference(PractitionerRole/moc-example-role-transition-coordinator)
* recipient[0] = Reference(CareTeam/moc-example-ict)
* about[0] = Reference(QuestionnaireResponse/moc-example-hra-reassessment)
* payload.contentString = "Reassessment of 2026-06-20: medical need added; pharmacist joins the team."
