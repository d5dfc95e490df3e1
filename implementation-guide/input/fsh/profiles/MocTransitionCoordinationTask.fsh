Profile: MocTransitionCoordinationTask
Parent: Task
Id: moc-transition-coordination-task
Title: "MOC Transition Coordination Task"
Description: "Assignment of a staff member (owner) to coordinate a care transition (focus, the Encounter); authoredOn within 1 day of admission makes the owner the responsible coordinator (2E.2)."
* insert MocProfileHeader
* code 1..1
* code = $moc-artifact#transition-coordination
* insert PatientSubject(for)
// The stay it coordinates; without it the task covers any stay admitted the day before or the same day.
* focus only Reference(Encounter)
* owner only Reference(PractitionerRole or Practitioner)
