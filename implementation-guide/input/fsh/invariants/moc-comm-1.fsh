Invariant: moc-comm-1
Description: "A completed communication should carry its date (sent); without it no window can count it."
Severity: #warning
Expression: "status = 'completed' implies sent.exists()"
