Invariant: moc-goal-1
Description: "A goal's achievement status should say when it was judged (statusDate); without it a goal not met cannot start its 30-day follow-up window."
Severity: #warning
Expression: "achievementStatus.exists() implies statusDate.exists()"
