Extension: MocOutcomeExtension
Id: moc-outcome
Title: "MOC Outcome"
Description: "Outcome of the factor check reported in this MeasureReport group."
* ^context.type = #element
* ^context.expression = "MeasureReport.group"
* value[x] only code
* valueCode 1..1
* valueCode from MocOutcomeVS (required)
