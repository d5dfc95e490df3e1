ValueSet: MocOutcomeVS
Id: moc-outcome
Title: "MOC Check Outcome"
Description: "Outcomes of a MOC factor check."
* ^status = #draft
* include codes from system $moc-outcome
