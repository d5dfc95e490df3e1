ValueSet: FollowUpEncounterClass
Id: follow-up-encounter-class
Title: "Follow-up Encounter Class"
Description: "Encounter classes that count as follow-up after a discharge (2E.1): ambulatory, home health and virtual."
* ^status = #draft
* $v3-ActCode#AMB "ambulatory"
* $v3-ActCode#HH "home health"
* $v3-ActCode#VR "virtual"
