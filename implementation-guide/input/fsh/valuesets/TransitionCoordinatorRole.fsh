ValueSet: TransitionCoordinatorRole
Id: transition-coordinator-role
Title: "Transition Coordinator Role"
Description: "ICT roles that may be the responsible coordinator of a care transition (2E.2, 2E.6)."
* ^status = #draft
* $ict-role#transition-coordinator
* $ict-role#care-coordinator
