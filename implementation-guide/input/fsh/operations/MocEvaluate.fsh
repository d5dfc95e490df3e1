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
* description = "On a Patient (GET or POST [base]/Patient/{id}/$moc-evaluate): the beneficiary's MOC element 2 report, a MeasureReport of type individual, status complete, subject the Patient, period the look-back year (asOf - 364 days to asOf). Groups: for each element in order (2A to 2E) one element group followed by its factor groups; factors 2A.5 and 2B.1 to 2E.6 (20 factor groups, 25 groups in all). A factor group carries the populations denominator (1 when the factor was judged: met, met-by-outreach or not-met; 0 when pending or not applicable) and numerator (1 when met or met-by-outreach), and the moc-outcome, moc-reason and moc-evidence extensions; a reference to one stored ICP version also names it (CarePlan/id/_history/n) in its display. An element group carries measureScore = the NCQA band in percent (unit %), pending and not-applicable factors counting as met, and no score when every factor is not applicable; element 2A never has a score on a beneficiary's report. evaluatedResource lists every resource read, each version of a revised ICP included. A beneficiary without an SNP enrollment gets a report whose factors say why they cannot be judged. At system level (GET or POST [base]/$moc-evaluate): the plan's summary MeasureReport (no subject) over every Patient with an active SNP enrollment at asOf: the same group order with factors 2A.1 to 2A.7 and 2B.1 to 2E.6 (26 factor groups, 31 in all). For 2B.1 to 2E.6, denominator = beneficiaries met or not met, numerator = beneficiaries met (by outreach included), measureScore = the rate 0 to 1 (absent when the denominator is 0), moc-outcome met when the rate reaches the plan threshold, else not-met (not-applicable when the denominator is 0), moc-reason with every count; for 2A.1 to 2A.7, the functions, roles or staff checked and passing with the staff check's own outcome. The threshold used is in the moc-plan-threshold extension of the report. Each of 2B.1 to 2E.6 has the stratifiers care-coordinator, risk-tier and enrollment-cohort (moc-stratifier code system), each stratum with initial-population, denominator and numerator and the rate. At system level with the header Prefer: respond-async: 202 Accepted and the status URL in Content-Location ([base]/$moc-evaluate-status?_jobId=...), which answers 202 with X-Progress while running and 200 with the summary once computed; the summary is stored with identifier http://snp-moc.org/fhir/identifier/plan-summary|asOf (one per period) and DELETE on the status URL cancels. Unknown Patient: 404; asOf that is not an existing calendar date: 400. The measure is http://snp-moc.org/fhir/Measure/moc-care-coordination."
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
* parameter[0].documentation = "Evaluation date YYYY-MM-DD in the plan's time zone; default today there. The look-back year is (asOf - 365 days, asOf]; data dated after asOf are ignored. Anything but an existing calendar date is refused with 400."
* parameter[1].name = #return
* parameter[1].use = #out
* parameter[1].min = 1
* parameter[1].max = "1"
* parameter[1].type = #MeasureReport
* parameter[1].documentation = "Individual report (on a Patient) or summary report (system level)."
