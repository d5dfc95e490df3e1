Profile: MocIct
Parent: CareTeam
Id: moc-ict
Title: "MOC Interdisciplinary Care Team"
Description: "The beneficiary's interdisciplinary care team. Participant roles should come from ict-role; the binding is extensible because 2D.2 reports, rather than refuses, a member whose role is missing or coded otherwise."
* insert MocProfileHeader
* insert ArtifactCategorySlice(category, ict, ict)
* insert PatientSubject(subject)
// A participant without a member cannot be identified, so it is malformed.
* participant.member 1..1
* participant.role from IctRoleVS (extensible)
