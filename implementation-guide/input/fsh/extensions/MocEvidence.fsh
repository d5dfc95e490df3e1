Extension: MocEvidence
Id: moc-evidence
Title: "MOC Evidence"
Description: "A resource the factor check relied on; repeated once per resource."
* ^context.type = #element
* ^context.expression = "MeasureReport.group"
* value[x] only Reference
* valueReference 1..1
