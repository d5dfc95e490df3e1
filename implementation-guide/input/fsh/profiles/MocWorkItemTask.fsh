Profile: MocWorkItemTask
Parent: Task
Id: moc-work-item-task
Title: "MOC Work Item Task"
Description: "A gap the server lists for care managers ($moc-gaps): reasonCode is the factor, restriction.period.end the due date, for the beneficiary or staff member concerned. Work items are work lists, never evidence of care."
* insert MocProfileHeader
* code 1..1
* code = $moc-artifact#work-item
* reasonCode 1..1
* reasonCode from MocFactorVS (required)
* for only Reference(Patient or Practitioner or PractitionerRole or Organization)
* restriction 1..1
* restriction.period 1..1
* restriction.period.end 1..1
