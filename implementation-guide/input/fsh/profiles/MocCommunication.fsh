Profile: MocCommunication
Parent: Communication
Id: moc-communication
Title: "MOC Communication"
Description: "Evidence that something was communicated: category says what (moc-communication), sent when, recipient to whom, about or payload.contentReference what it was about. Extra category codes go in further codings of the same category."
* insert MocProfileHeader
* obeys moc-comm-1
* category 1..*
* category from MocCommunicationVS (required)
* insert PatientSubject(subject)
