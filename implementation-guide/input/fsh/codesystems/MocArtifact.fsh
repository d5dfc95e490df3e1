CodeSystem: MocArtifact
Id: moc-artifact
Title: "MOC Artifact"
Description: "Codes that mark a FHIR resource as a Model of Care artifact (an HRA, an ICP, an ICT, a training record and so on)."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #work-item "MOC work item" "A task the server opens itself to list a gap for care managers; a work list entry, never evidence of care (Task.code)."
* #interpreter "Interpreter" "The communication went through an interpreter (Communication.medium)."
* #hra "Health risk assessment" "A health risk assessment tool or a completed assessment (Questionnaire.code, QuestionnaireResponse)."
* #icp "Individualized care plan" "The beneficiary's individualized care plan (CarePlan.category)."
* #ict "Interdisciplinary care team" "The beneficiary's interdisciplinary care team (CareTeam.category)."
* #snp-enrollment "SNP enrollment" "Enrollment of the beneficiary in the special needs plan (Coverage.type)."
* #hra-outreach "HRA outreach attempt" "An attempt to reach the beneficiary to complete a health risk assessment (Task.code)."
* #moc-training "MOC training" "Completion of Model of Care training by a staff member (Practitioner.qualification.code)."
* #training-remediation "Training remediation" "Follow-up of a staff member whose MOC training is overdue (Task.code)."
* #transition-coordination "Transition coordination" "Assignment of a staff member to coordinate a care transition (Task.code)."
* #self-management "Self-management goal" "A goal the beneficiary works on to manage their own health (Goal.category)."
* #care-preference "Care preference" "A personal preference of the beneficiary about their care (Observation.code)."
