Invariant: moc-remediation-1
Description: "A training remediation names the staff member it is about, in for or owner."
Severity: #error
Expression: "for.exists() or owner.exists()"
