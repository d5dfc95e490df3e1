Invariant: moc-hra-qr-1
Description: "A completed HRA, or one amended afterwards, has its completion date (authored)."
Severity: #error
Expression: "(status = 'completed' or status = 'amended') implies authored.exists()"
