Profile: MocSelfManagementGoal
Parent: Goal
Id: moc-self-management-goal
Title: "MOC Self-Management Goal"
Description: "A goal the beneficiary works on to manage their health. achievementStatus and statusDate say whether it is met and since when; not-achieved, no-progress and worsening start a 30-day follow-up window (2C.1)."
* insert MocProfileHeader
* obeys moc-goal-1
* insert ArtifactCategorySlice(category, selfManagement, self-management)
* subject only Reference(Patient)
