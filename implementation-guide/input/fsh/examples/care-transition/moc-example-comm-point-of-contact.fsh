Instance: moc-example-comm-point-of-contact
InstanceOf: MocCommunication
Title: "Transition point of contact given to the beneficiary"
Description: "The beneficiary and her daughter were told who coordinates the transition, the day after admission (2E.6)."
Usage: #example
* language = #es
* status = #completed
* category = $moc-communication#point-of-contact-notice "Point of contact notice"
* subject = Reference(Patient/moc-example-beneficiary)
* sent = "2026-06-02"
* sender = Reference(PractitionerRole/moc-example-role-transition-coordinator)
* medium = $moc-artifact#interpreter "Interpreter"
* recipient[0] = Reference(Patient/moc-example-beneficiary)
* recipient[1] = Reference(RelatedPerson/moc-example-caregiver)
* about[0] = Reference(PractitionerRole/moc-example-role-transition-coordinator)
* payload.contentString = "Su coordinador durante esta hospitalización es James Okafor, teléfono 305-555-0120."
