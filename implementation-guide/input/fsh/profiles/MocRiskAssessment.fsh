Profile: MocRiskAssessment
Parent: RiskAssessment
Id: moc-risk-assessment
Title: "MOC Risk Assessment"
Description: "Risk stratification from an HRA: basis references the QuestionnaireResponse, one prediction without outcome carries the tier (low, moderate, high), and one prediction per flagged need has outcome = the hra-domain code."
* insert MocProfileHeader
* subject only Reference(Patient)
* basis 1..*
* basis only Reference(QuestionnaireResponse)
* prediction.qualitativeRisk from http://hl7.org/fhir/ValueSet/risk-probability (required)
* prediction.outcome from HraDomainVS (extensible)
