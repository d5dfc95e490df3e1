Instance: moc-example-goal-food
InstanceOf: MocSelfManagementGoal
Title: "Goal: enough food every week"
Description: "Self-management goal for the psychosocial need."
Usage: #example
* lifecycleStatus = #active
* category[selfManagement] = $moc-artifact#self-management "Self-management goal"
* description.text = "Enroll in SNAP and use the food pantry so I have enough food every week"
* subject = Reference(Patient/moc-example-beneficiary)
* startDate = "2026-02-10"
* target.dueDate = "2026-05-10"
* achievementStatus = $goal-achievement#improving
* statusDate = "2026-04-15"
* expressedBy = Reference(Patient/moc-example-beneficiary)
