ValueSet: GoalNotMet
Id: goal-not-met
Title: "Goal Not Met"
Description: "Goal achievement statuses that mean a goal is not met and call for a reassessment or care plan revision within 30 days (2C.1)."
* ^status = #draft
* $goal-achievement#not-achieved "Not Achieved"
* $goal-achievement#no-progress "No Progress"
* $goal-achievement#worsening "Worsening"
