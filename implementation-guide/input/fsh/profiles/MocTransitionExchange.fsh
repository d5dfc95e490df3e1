Profile: MocAdmissionNoticeMessage
Parent: Bundle
Id: moc-admission-notice-message
Title: "MOC Admission Notice Message"
Description: "An admission notice in the shape of Da Vinci Unsolicited Notifications: a message Bundle whose first entry is a MessageHeader (event notify-admission, focus the stay, destination the State's Endpoint), followed by the Encounter, Patient, Coverage and the settings (Organization, Location). POSTed to {Endpoint.address}/$process-message."
* insert MocProfileHeader
* obeys moc-msg-1
* identifier 1..1
* type = #message
* timestamp 1..1
* entry 2..*
* entry.fullUrl 1..1
* entry.resource 1..1

Profile: MocTransitionDocument
Parent: Bundle
Id: moc-transition-document
Title: "MOC Transition of Care Document"
Description: "The care plan sent to the next setting, shaped after HL7 PACIO Transitions of Care: a document Bundle whose first entry is a moc-transition-composition, followed by every resource it references. POSTed to {Endpoint.address}/Bundle."
* insert MocProfileHeader
* obeys moc-toc-1
* identifier 1..1
* type = #document
* timestamp 1..1
* entry 2..*
* entry.fullUrl 1..1
* entry.resource 1..1

Profile: MocTransitionComposition
Parent: Composition
Id: moc-transition-composition
Title: "MOC Transition of Care Composition"
Description: "A Transfer summary note (LOINC 18761-7) with one section each for the current individualized care plan, the interdisciplinary care team with the transition's point of contact, the goals, the needs the HRA found, the active problems and the active medications. A section without entries says so in its text."
* insert MocProfileHeader
* status = #final
* type = $loinc#18761-7
* insert PatientSubject(subject)
* encounter 1..1
* section 6..*
* section.code 1..1
* section.text 1..1
* section ^slicing.discriminator.type = #pattern
* section ^slicing.discriminator.path = "code"
* section ^slicing.rules = #open
* section contains carePlan 1..1 and careTeam 1..1 and goals 1..1 and healthConcerns 1..1 and problems 1..1 and medications 1..1
* section[carePlan].code = $loinc#18776-5
* section[carePlan].entry only Reference(CarePlan)
* section[careTeam].code = $loinc#85847-2
* section[careTeam].entry only Reference(CareTeam or Practitioner or PractitionerRole or RelatedPerson)
* section[goals].code = $loinc#61146-7
* section[goals].entry only Reference(Goal)
* section[healthConcerns].code = $loinc#75310-3
* section[healthConcerns].entry only Reference(RiskAssessment)
* section[problems].code = $loinc#11450-4
* section[problems].entry only Reference(Condition)
* section[medications].code = $loinc#10160-0
* section[medications].entry only Reference(MedicationRequest or MedicationStatement)
