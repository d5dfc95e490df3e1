Profile: MocPractitionerRole
Parent: PractitionerRole
Id: moc-practitioner-role
Title: "MOC Staff Role"
Description: "A staff member's job in the SNP: code is the job title from ict-role, specialty or staff-responsibility the responsibility, period.start the start in the role (the MOC training clock), organization the unit in the plan's organization chart."
* insert MocProfileHeader
* extension contains StaffResponsibility named responsibility 0..1
// A role nobody holds yet (a vacancy) is stored; 2A.4 does not count it as staff and 2A.5 has no one to train.
* practitioner 0..1
* code from IctRoleVS (extensible)
* organization only Reference(Organization)
