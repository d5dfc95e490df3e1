Extension: HraNeedThreshold
Id: hra-need-threshold
Title: "HRA Need Threshold"
Description: "On a domain group of an HRA tool: the domain score (sum of the ordinalValue of the answers in the group) at or above which the domain is a flagged need."
* ^context.type = #element
* ^context.expression = "Questionnaire.item"
* value[x] only decimal
* valueDecimal 1..1
