Profile: MocStateAdmissionNotice
Parent: MocCommunication
Id: moc-state-admission-notice
Title: "MOC State Admission Notice"
Description: "The record of an admission notice to a State agency (category state-admission-notice): about the stay, to the agency's Organization, with its due time (notice-due); once sent (status completed), the time sent, the message as payload and whether it was on time (notice-timeliness). A notice not yet sent is in-progress; it is reported overdue after its due time."
* insert MocProfileHeader
* obeys moc-notice-1
* extension contains NoticeDue named due 1..1 and NoticeTimelinessExtension named timeliness 0..1
* about 1..*
* about only Reference(Encounter)
