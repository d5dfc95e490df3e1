Instance: moc-example-comm-icp-notice-beneficiary
InstanceOf: MocCommunication
Title: "ICP sent to the beneficiary (Spanish)"
Description: "New ICP explained to the beneficiary and her daughter in Spanish with an interpreter, 2 days after it was written (2C.5, 2D.4)."
Usage: #example
* language = #es
* status = #completed
* category = $moc-communication#icp-update-notice "ICP update notice"
* subject = Reference(Patient/moc-example-beneficiary)
* sent = "2026-02-12"
* sender = Reference(PractitionerRole/moc-example-role-care-coordinator-1)
* medium = $moc-artifact#interpreter "Interpreter"
* recipient[0] = Reference(Patient/moc-example-beneficiary)
* recipient[1] = Reference(RelatedPerson/moc-example-caregiver)
* about[0] = Reference(CarePlan/moc-example-icp)
* payload.contentString = "Le enviamos su nuevo plan de cuidado individualizado. Llámenos si tiene preguntas."
