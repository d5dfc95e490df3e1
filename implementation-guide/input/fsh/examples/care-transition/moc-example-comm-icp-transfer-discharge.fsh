Instance: moc-example-comm-icp-transfer-discharge
InstanceOf: MocCommunication
Title: "ICP sent to the rehabilitation facility"
Description: "ICP sent to the next setting on the day of discharge (2E.3)."
Usage: #example
* status = #completed
* category = $moc-communication#icp-transfer "ICP transfer"
* subject = Reference(Patient/moc-example-beneficiary)
* sent = "2026-06-05"
* sender = Reference(PractitionerRole/moc-example-role-transition-coordinator)
* recipient[0] = Reference(Organization/moc-example-snf)
* about[0] = Reference(CarePlan/moc-example-icp)
* payload.contentString = "Individualized care plan of the patient discharged to you today."
