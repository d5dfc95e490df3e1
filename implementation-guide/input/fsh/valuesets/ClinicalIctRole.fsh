ValueSet: ClinicalIctRole
Id: clinical-ict-role
Title: "Clinical ICT Role"
Description: "Staff roles that are clinical: the author of a care plan must hold one (2C.3)."
* ^status = #draft
* $ict-role#care-coordinator
* $ict-role#transition-coordinator
* $ict-role#primary-care
* $ict-role#nurse
* $ict-role#behavioral-health
* $ict-role#pharmacist
* $ict-role#social-worker
* $ict-role#direct-care-educator
* $ict-role#clinical-oversight
