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
* description = "What is overdue or due soon for one beneficiary (on a Patient) or for the plan (system level, every beneficiary enrolled at asOf plus the staff's MOC training): HRA, ICP review, ICT meeting, transition steps and staff training, as a work list for care managers. Overdue: a deadline in the look-back year passed without what was due (or a factor found not met on asOf); due soon: an open deadline within the server's horizon (moc.compliance.gaps-horizon-days, default 30 days) after asOf. Unknown Patient: 404; bad asOf: 400."
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
* parameter[1].name = #_count
* parameter[1].use = #in
* parameter[1].min = 0
* parameter[1].max = "1"
* parameter[1].type = #integer
* parameter[1].documentation = "At most this many work items; the Bundle then has a next link for the rest. Default: all."
* parameter[2].name = #_offset
* parameter[2].use = #in
* parameter[2].min = 0
* parameter[2].max = "1"
* parameter[2].type = #integer
* parameter[2].documentation = "Skip this many work items (paging with _count). Default 0."
* parameter[3].name = #return
* parameter[3].use = #out
* parameter[3].min = 1
* parameter[3].max = "1"
* parameter[3].type = #Bundle
* parameter[3].documentation = "A Bundle of type collection with one moc-work-item-task Task per gap: code moc-artifact#work-item, reasonCode the moc-factor code, for the beneficiary (or the staff member for training), restriction.period.end the due date, description what to do, status requested, businessStatus.text overdue or due-soon; overdue items come first, then by due date. The Tasks are a work list and are not stored by this operation."
