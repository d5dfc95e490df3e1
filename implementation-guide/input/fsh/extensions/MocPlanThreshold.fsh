Extension: MocPlanThresholdExtension
Id: moc-plan-threshold
Title: "MOC Plan Threshold"
Description: "On the plan's summary MeasureReport: the policy threshold (0 to 1) a factor's rate must reach for the factor to count as met (default 0.90)."
* ^context.type = #element
* ^context.expression = "MeasureReport"
* value[x] only decimal
* valueDecimal 1..1
