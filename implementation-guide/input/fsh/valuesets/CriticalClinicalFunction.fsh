ValueSet: CriticalClinicalFunction
Id: critical-clinical-function
Title: "Critical Clinical Function"
Description: "Clinical staff functions that 2A.2 requires."
* ^status = #draft
* $ict-role#direct-care-educator
* $ict-role#care-coordinator
* $ict-role#pharmacist
* $ict-role#behavioral-health
* $ict-role#clinical-oversight
