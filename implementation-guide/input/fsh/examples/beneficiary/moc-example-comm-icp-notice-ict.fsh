Instance: moc-example-comm-icp-notice-ict
InstanceOf: MocCommunication
Title: "ICP sent to the ICT"
Description: "New ICP sent to the care team 2 days after it was written (2C.5)."
Usage: #example
* status = #completed
* category = $moc-communication#icp-update-notice "ICP update notice"
* subject = Reference(Patient/moc-example-beneficiary)
* sent = "2026-02-12"
* sender = Reference(PractitionerRole/moc-example-role-care-coordinator-1)
* recipient[0] = Reference(CareTeam/moc-example-ict)
* about[0] = Reference(CarePlan/moc-example-icp)
* payload.contentString = "The individualized care plan of 2026-02-10 is ready for the team."
