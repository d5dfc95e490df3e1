Profile: MocTrainingRemediationTask
Parent: Task
Id: moc-training-remediation-task
Title: "MOC Training Remediation Task"
Description: "Follow-up of a staff member whose MOC training is overdue (2A.7): for is the staff member, owner who follows up."
* insert MocProfileHeader
* code 1..1
* code = $moc-artifact#training-remediation
// The staff member is named in for or, when the follow-up is assigned to them, in owner.
* obeys moc-remediation-1
* for only Reference(Practitioner or PractitionerRole)
