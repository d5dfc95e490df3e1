Invariant: moc-staff-1
Description: "A staff member is identifiable: a name or an identifier."
Severity: #error
Expression: "name.exists() or identifier.exists()"
