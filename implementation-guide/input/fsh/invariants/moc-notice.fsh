Invariant: moc-notice-1
Description: "A sent notice states whether it was on time."
Severity: #error
Expression: "status = 'completed' implies (sent.exists() and extension('http://snp-moc.org/fhir/StructureDefinition/notice-timeliness').exists())"

Invariant: moc-msg-1
Description: "The first entry is a MessageHeader for the Da Vinci notify-admission event."
Severity: #error
Expression: "entry.first().resource.is(MessageHeader) and entry.first().resource.event.ofType(Coding).where(system = 'http://hl7.org/fhir/us/davinci-alerts/CodeSystem/notification-event' and code = 'notify-admission').exists()"

Invariant: moc-toc-1
Description: "The first entry is the Composition: a Transfer summary note (LOINC 18761-7)."
Severity: #error
Expression: "entry.first().resource.is(Composition) and entry.first().resource.type.coding.where(system = 'http://loinc.org' and code = '18761-7').exists()"
