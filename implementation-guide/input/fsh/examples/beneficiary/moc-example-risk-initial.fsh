Instance: moc-example-risk-initial
InstanceOf: MocRiskAssessment
Title: "Risk tier from the initial HRA"
Description: "Moderate risk: two flagged needs."
Usage: #example
* status = #final
* subject = Reference(Patient/moc-example-beneficiary)
* occurrenceDateTime = "2026-02-01"
* basis = Reference(QuestionnaireResponse/moc-example-hra-initial)
* prediction[0].qualitativeRisk = $risk-probability#moderate
* prediction[1].outcome = $hra-domain#psychosocial "Psychosocial"
* prediction[2].outcome = $hra-domain#mental-health "Mental health"
