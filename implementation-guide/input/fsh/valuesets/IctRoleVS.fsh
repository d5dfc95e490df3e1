ValueSet: IctRoleVS
Id: ict-role
Title: "ICT and Staff Role"
Description: "Roles of care team members and staff functions."
* ^status = #draft
* include codes from system $ict-role
