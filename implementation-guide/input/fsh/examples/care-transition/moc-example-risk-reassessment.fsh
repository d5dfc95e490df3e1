Instance: moc-example-risk-reassessment
InstanceOf: MocRiskAssessment
Title: "Risk tier from the reassessment"
Description: "High risk: three flagged needs."
Usage: #example
* status = #final
* subject = Reference(Patient/moc-example-beneficiary)
* occurrenceDateTime = "2026-06-20"
* basis = Reference(QuestionnaireResponse/moc-example-hra-reassessment)
* prediction[0].qualitativeRisk = $risk-probability#high
* prediction[1].outcome = $hra-domain#medical "Medical"
* prediction[2].outcome = $hra-domain#psychosocial "Psychosocial"
* prediction[3].outcome = $hra-domain#mental-health "Mental health"
