Invariant: moc-hra-qr-1
Description: "A completed HRA has its completion date (authored)."
Severity: #error
Expression: "status = 'completed' implies authored.exists()"
