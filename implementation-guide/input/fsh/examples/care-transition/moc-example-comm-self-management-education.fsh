Instance: moc-example-comm-self-management-education
InstanceOf: MocCommunication
Title: "Self-management education after discharge"
Description: "Inhaler technique and COPD action plan taught 10 days after discharge (2E.5)."
Usage: #example
* language = #es
* status = #completed
* category = $moc-communication#self-management-education "Self-management education"
* subject = Reference(Patient/moc-example-beneficiary)
* sent = "2026-06-15"
* sender = Reference(PractitionerRole/moc-example-role-direct-care-educator-2)
* medium = $moc-artifact#interpreter "Interpreter"
* recipient[0] = Reference(Patient/moc-example-beneficiary)
* recipient[1] = Reference(RelatedPerson/moc-example-caregiver)
* about[0] = Reference(Encounter/moc-example-admission)
* payload.contentString = "Repasamos el uso del inhalador y su plan de acción para la EPOC."
