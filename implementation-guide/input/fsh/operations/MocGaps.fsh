Instance: moc-gaps
InstanceOf: OperationDefinition
Title: "MOC element 2 gaps"
Usage: #definition
* url = "http://snp-moc.org/fhir/OperationDefinition/moc-gaps"
* version = "0.1.0"
* name = "MocGaps"
* title = "MOC element 2 gaps"
* status = #draft
* kind = #operation
* description = "What is overdue or due soon for one beneficiary (on a Patient) or for the plan (system level): HRA, ICP review, ICT meeting, transition steps and staff training, as a work list for care managers."
* affectsState = false
* code = #moc-gaps
* resource[0] = #Patient
* system = true
* type = false
* instance = true
* parameter[0].name = #asOf
* parameter[0].use = #in
* parameter[0].min = 0
* parameter[0].max = "1"
* parameter[0].type = #date
* parameter[0].documentation = "Evaluation date in the plan's time zone; default today."
* parameter[1].name = #return
* parameter[1].use = #out
* parameter[1].min = 1
* parameter[1].max = "1"
* parameter[1].type = #Bundle
* parameter[1].documentation = "A Bundle of type collection with one moc-work-item-task Task per gap: code moc-artifact#work-item, reasonCode the moc-factor code, for the beneficiary (or the staff member for training), restriction.period.end the due date, description what to do, status requested; overdue items come first. The Tasks are a work list and are not stored by this operation."
