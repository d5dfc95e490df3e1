Instance: moc-example-comm-icp-transfer-admission
InstanceOf: MocCommunication
Title: "ICP sent to the hospital"
Description: "ICP sent to the admitting hospital on the day of admission (2E.3)."
Usage: #example
* status = #completed
* category = $moc-communication#icp-transfer "ICP transfer"
* subject = Reference(Patient/moc-example-beneficiary)
* sent = "2026-06-01"
* sender = Reference(PractitionerRole/moc-example-role-transition-coordinator)
* recipient[0] = Reference(Organization/moc-example-hospital)
* about[0] = Reference(CarePlan/moc-example-icp)
* payload.contentString = "Individualized care plan of the patient admitted today."
