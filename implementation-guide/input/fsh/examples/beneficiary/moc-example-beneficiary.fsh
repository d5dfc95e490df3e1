Instance: moc-example-beneficiary
InstanceOf: Patient
Title: "Rosa Delgado, D-SNP member"
Description: "Dual-eligible SNP member who prefers Spanish and needs an interpreter."
Usage: #example
* identifier.system = "http://hl7.org/fhir/sid/us-mbi"
* identifier.value = "1EG4TE5MK73"
* active = true
* name.family = "Delgado"
* name.given[0] = "Rosa"
* name.given[1] = "María"
* gender = #female
* birthDate = "1952-08-14"
* telecom.system = #phone
* telecom.value = "305-555-0148"
* telecom.use = #home
* address.line = "2140 NW 7th Street"
* address.city = "Miami"
* address.state = "FL"
* address.postalCode = "33125"
* communication.language = $bcp47#es "Spanish"
* communication.preferred = true
* extension[$interpreterRequired].valueBoolean = true
