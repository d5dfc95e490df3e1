CodeSystem: IctRole
Id: ict-role
Title: "ICT and Staff Role"
Description: "Roles of members of the interdisciplinary care team and functions of SNP staff (CareTeam.participant.role, PractitionerRole.code)."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #care-coordinator "Care coordinator" "Leads the care team and coordinates the beneficiary's care (clinical)."
* #transition-coordinator "Transition coordinator" "Coordinates the beneficiary's moves between settings of care (clinical)."
* #primary-care "Primary care" "The beneficiary's primary care practitioner (clinical)."
* #nurse "Nurse" "Nursing care and functional support (clinical)."
* #behavioral-health "Behavioral health" "Mental health and substance use consultation (clinical)."
* #pharmacist "Pharmacist" "Medication review and pharmacy consultation (clinical)."
* #social-worker "Social worker" "Social needs and community resources (clinical)."
* #beneficiary "Beneficiary" "The SNP member the care is about."
* #caregiver "Caregiver" "A family member or other person who helps the beneficiary."
* #enrollment-staff "Enrollment staff" "Enrollment and eligibility verification (administrative)."
* #claims-staff "Claims staff" "Claims processing (administrative)."
* #administrative-oversight "Administrative oversight" "Oversight of administrative functions, such as license and contract verification (administrative)."
* #clinical-oversight "Clinical oversight" "Oversight of clinical functions and of adherence to the model of care (clinical)."
* #direct-care-educator "Direct care and benefit educator" "Direct care and education of the beneficiary on benefits and services (clinical)."
