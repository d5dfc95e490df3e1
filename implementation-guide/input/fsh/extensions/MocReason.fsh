Extension: MocReason
Id: moc-reason
Title: "MOC Reason"
Description: "Why the factor has its outcome, in words a care manager understands, such as \"no HRA within 90 days of the enrollment date 2026-03-01\". On a beneficiary's MeasureReport itself: why none of the factors can be judged (no SNP enrollment at the evaluation date)."
* ^context[0].type = #element
* ^context[0].expression = "MeasureReport.group"
* ^context[1].type = #element
* ^context[1].expression = "MeasureReport"
* value[x] only string
* valueString 1..1
