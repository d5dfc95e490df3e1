Profile: MocIcp
Parent: CarePlan
Id: moc-icp
Title: "MOC Individualized Care Plan"
Description: "The beneficiary's individualized care plan. Every version the server keeps is an ICP revision dated by icp-revision-date (or created for the first version). Goals, preferences, activities, author and contributors are what 2C checks; they are optional here because a plan that lacks them is non-compliant, not malformed."
* insert MocProfileHeader
* obeys moc-icp-1
* extension contains IcpRevisionDate named revisionDate 0..1
* insert ArtifactCategorySlice(category, icp, icp)
* intent = #plan
* insert PatientSubject(subject)
* goal only Reference(Goal)
* careTeam only Reference(CareTeam)
