ValueSet: AdministrativeIctRole
Id: administrative-ict-role
Title: "Administrative ICT Role"
Description: "Administrative staff functions that 2A.1 requires."
* ^status = #draft
* $ict-role#enrollment-staff
* $ict-role#claims-staff
* $ict-role#administrative-oversight
