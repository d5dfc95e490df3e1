CodeSystem: OutreachOutcome
Id: outreach-outcome
Title: "HRA Outreach Outcome"
Description: "Result of an attempt to reach a beneficiary for a health risk assessment."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #unable-to-contact "Unable to contact" "The beneficiary could not be reached."
* #declined "Declined" "The beneficiary was reached and declined the assessment."
* #completed "Completed" "The beneficiary was reached and the assessment was done or scheduled."
