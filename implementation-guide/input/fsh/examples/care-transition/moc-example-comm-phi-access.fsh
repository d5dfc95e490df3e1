Instance: moc-example-comm-phi-access
InstanceOf: MocCommunication
Title: "Health information access after discharge"
Description: "Portal access and discharge records given 3 days after discharge (2E.4)."
Usage: #example
* language = #es
* status = #completed
* category = $moc-communication#phi-access "Health information access"
* subject = Reference(Patient/moc-example-beneficiary)
* sent = "2026-06-08"
* sender = Reference(PractitionerRole/moc-example-role-transition-coordinator)
* medium = $moc-artifact#interpreter "Interpreter"
* recipient[0] = Reference(Patient/moc-example-beneficiary)
* recipient[1] = Reference(RelatedPerson/moc-example-caregiver)
* about[0] = Reference(Encounter/moc-example-admission)
* payload.contentString = "Puede ver su resumen de alta y su plan de cuidado en el portal del plan."
