CodeSystem: MocOutcome
Id: moc-outcome
Title: "MOC Check Outcome"
Description: "Outcome of a MOC factor check for one beneficiary or for the plan."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #met "Met" "Every judged window of the factor was satisfied."
* #met-by-outreach "Met by documented outreach" "Met, and at least one health risk assessment window was satisfied only by documented outreach attempts (2B.3)."
* #not-met "Not met" "At least one judged window of the factor was not satisfied."
* #not-applicable "Not applicable" "Nothing in the record makes the factor apply."
* #pending "Pending" "The factor applies, but its deadline is after the evaluation date."
