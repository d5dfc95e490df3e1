Profile: MocHraOutreachTask
Parent: Task
Id: moc-hra-outreach-task
Title: "MOC HRA Outreach Task"
Description: "An attempt to reach a beneficiary to complete an HRA. Three or more attempts inside an HRA window whose latest outcome is unable-to-contact or declined meet the window by documented outreach (2B.3)."
* insert MocProfileHeader
* obeys moc-outreach-1
* code 1..1
* code = $moc-artifact#hra-outreach
* insert PatientSubject(for)
* statusReason from OutreachOutcomeVS (required)
