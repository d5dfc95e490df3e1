ValueSet: TransitionEncounterClass
Id: transition-encounter-class
Title: "Care Transition Encounter Class"
Description: "Encounter classes that make a stay a care transition: inpatient, acute inpatient and non-acute inpatient (skilled nursing, rehabilitation)."
* ^status = #draft
* $v3-ActCode#IMP "inpatient encounter"
* $v3-ActCode#ACUTE "inpatient acute"
* $v3-ActCode#NONAC "inpatient non-acute"
