CodeSystem: MocStratifier
Id: moc-stratifier
Title: "MOC Summary Stratifier"
Description: "How the plan's summary MeasureReport splits the beneficiaries of each factor (MeasureReport.group.stratifier.code). Stratum values carry one coding without a system: the stable code named here and a label as text."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #care-coordinator "Care coordinator" "The member of the beneficiary's active ICT in the care-coordinator role at the evaluation date. Stratum code: the coordinator's reference (Practitioner/id), or none; text: the coordinator's name."
* #risk-tier "Risk tier" "The tier of the beneficiary's latest RiskAssessment on or before the evaluation date. Stratum code: low, moderate, high, or unscored when there is none."
* #enrollment-cohort "Enrollment cohort" "Year and quarter of the start of the SNP enrollment in force at the evaluation date. Stratum code: YYYY-Qn, e.g. 2026-Q1."
