Profile: MocTransitionEncounter
Parent: Encounter
Id: moc-transition-encounter
Title: "MOC Care Transition Encounter"
Description: "A stay that is a care transition (inpatient, acute, non-acute such as skilled nursing or rehabilitation). period.start is the admission date and period.end the discharge date from which the 2E windows and the post-discharge HRA and ICP windows run; serviceProvider is the admitting setting and hospitalization.destination the next one."
* insert MocProfileHeader
* class from TransitionEncounterClass (required)
* insert PatientSubject(subject)
* period 1..1
* period.start 1..1
* serviceProvider only Reference(Organization)
