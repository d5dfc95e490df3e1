Instance: moc-example-goal-mood
InstanceOf: MocSelfManagementGoal
Title: "Goal: feel less depressed"
Description: "Self-management goal for the mental-health need."
Usage: #example
* lifecycleStatus = #active
* category[selfManagement] = $moc-artifact#self-management "Self-management goal"
* description.text = "Attend counseling every two weeks and walk 20 minutes a day to bring my PHQ-9 score below 10"
* subject = Reference(Patient/moc-example-beneficiary)
* startDate = "2026-02-10"
* target.dueDate = "2026-08-10"
* achievementStatus = $goal-achievement#in-progress
* statusDate = "2026-05-06"
* expressedBy = Reference(Patient/moc-example-beneficiary)
