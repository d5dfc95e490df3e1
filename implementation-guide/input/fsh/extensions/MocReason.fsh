Extension: MocReason
Id: moc-reason
Title: "MOC Reason"
Description: "Why the factor has its outcome, in words a care manager understands, such as \"no HRA within 90 days of the enrollment date 2026-03-01\"."
* ^context.type = #element
* ^context.expression = "MeasureReport.group"
* value[x] only string
* valueString 1..1
