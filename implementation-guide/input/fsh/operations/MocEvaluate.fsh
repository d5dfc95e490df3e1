Instance: moc-evaluate
InstanceOf: OperationDefinition
Title: "Evaluate MOC element 2"
Usage: #definition
* url = "http://snp-moc.org/fhir/OperationDefinition/moc-evaluate"
* version = "0.1.0"
* name = "MocEvaluate"
* title = "Evaluate MOC element 2"
* status = #draft
* kind = #operation
* description = "On a Patient: the beneficiary's MOC element 2 report, a MeasureReport of type individual with one group per factor (2A.5 and 2B.1 to 2E.6) and per element; each factor group carries denominator and numerator, the moc-outcome, moc-reason and moc-evidence extensions. At system level: the plan's summary MeasureReport over every Patient with an active SNP enrollment at asOf, with beneficiary counts and rates per factor and the element bands. The measure is http://snp-moc.org/fhir/Measure/moc-care-coordination."
* affectsState = false
* code = #moc-evaluate
* resource[0] = #Patient
* system = true
* type = false
* instance = true
* parameter[0].name = #asOf
* parameter[0].use = #in
* parameter[0].min = 0
* parameter[0].max = "1"
* parameter[0].type = #date
* parameter[0].documentation = "Evaluation date in the plan's time zone; default today. The look-back year is (asOf - 365 days, asOf]; data dated after asOf are ignored."
* parameter[1].name = #return
* parameter[1].use = #out
* parameter[1].min = 1
* parameter[1].max = "1"
* parameter[1].type = #MeasureReport
* parameter[1].documentation = "Individual report (on a Patient) or summary report (system level)."
