Instance: moc-example-comm-ict-meeting
InstanceOf: MocCommunication
Title: "ICT review of the care plan"
Description: "Care team meeting that reviewed the ICP and the mood goal (2D.3, 2D.4)."
Usage: #example
* status = #completed
* category = $moc-communication#ict-meeting "ICT meeting"
* subject = Reference(Patient/moc-example-beneficiary)
* sent = "2026-05-06"
* sender = Reference(PractitionerRole/moc-example-role-care-coordinator-1)
* recipient[0] = Reference(CareTeam/moc-example-ict)
* about[0] = Reference(CarePlan/moc-example-icp)
* about[1] = Reference(Goal/moc-example-goal-mood)
* payload.contentString = "Team review: counseling attended, PHQ-9 improving; SNAP approved. Keep the plan."
