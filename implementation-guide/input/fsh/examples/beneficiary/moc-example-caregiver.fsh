Instance: moc-example-caregiver
InstanceOf: RelatedPerson
Title: "Lucía Delgado, daughter and caregiver"
Description: "The beneficiary's daughter, who helps with appointments and joins care planning."
Usage: #example
* active = true
* patient = Reference(Patient/moc-example-beneficiary)
* relationship = http://terminology.hl7.org/CodeSystem/v3-RoleCode#DAU "natural daughter"
* name.family = "Delgado"
* name.given = "Lucía"
* telecom.system = #phone
* telecom.value = "305-555-0193"
