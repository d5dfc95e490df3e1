Invariant: moc-staff-1
Description: "A staff member should be named or carry an identifier, so that work lists can say who they are."
Severity: #warning
Expression: "name.exists() or identifier.exists()"
