Invariant: moc-outreach-1
Description: "An HRA outreach attempt is dated: executionPeriod.start or authoredOn."
Severity: #error
Expression: "executionPeriod.start.exists() or authoredOn.exists()"
