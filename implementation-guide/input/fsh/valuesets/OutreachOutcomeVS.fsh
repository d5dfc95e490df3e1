ValueSet: OutreachOutcomeVS
Id: outreach-outcome
Title: "HRA Outreach Outcome"
Description: "Results of an HRA outreach attempt."
* ^status = #draft
* include codes from system $outreach-outcome
