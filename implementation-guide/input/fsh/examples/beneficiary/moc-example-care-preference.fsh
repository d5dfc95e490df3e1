Instance: moc-example-care-preference
InstanceOf: MocCarePreference
Title: "Care preference: Spanish, mornings, daughter involved"
Description: "Personal preferences recorded while writing the ICP."
Usage: #example
* status = #final
* code = $moc-artifact#care-preference "Care preference"
* subject = Reference(Patient/moc-example-beneficiary)
* effectiveDateTime = "2026-02-05"
* valueString = "Prefers phone calls in Spanish on weekday mornings; wants her daughter Lucía included in care decisions; prefers counseling by video from home."
* performer = Reference(PractitionerRole/moc-example-role-care-coordinator-1)
