// Code systems and definitions of this IG
Alias: $moc-factor = http://snp-moc.org/fhir/CodeSystem/moc-factor
Alias: $moc-artifact = http://snp-moc.org/fhir/CodeSystem/moc-artifact
Alias: $moc-communication = http://snp-moc.org/fhir/CodeSystem/moc-communication
Alias: $hra-domain = http://snp-moc.org/fhir/CodeSystem/hra-domain
Alias: $ict-role = http://snp-moc.org/fhir/CodeSystem/ict-role
Alias: $outreach-outcome = http://snp-moc.org/fhir/CodeSystem/outreach-outcome
Alias: $hra-method = http://snp-moc.org/fhir/CodeSystem/hra-method
Alias: $moc-outcome = http://snp-moc.org/fhir/CodeSystem/moc-outcome
Alias: $hra-answer = http://snp-moc.org/fhir/CodeSystem/hra-answer

// HL7 terminology used as published
Alias: $v3-ActCode = http://terminology.hl7.org/CodeSystem/v3-ActCode
Alias: $goal-achievement = http://terminology.hl7.org/CodeSystem/goal-achievement
Alias: $risk-probability = http://terminology.hl7.org/CodeSystem/risk-probability
Alias: $organization-type = http://terminology.hl7.org/CodeSystem/organization-type
Alias: $measure-population = http://terminology.hl7.org/CodeSystem/measure-population
Alias: $measure-scoring = http://terminology.hl7.org/CodeSystem/measure-scoring
Alias: $measure-type = http://terminology.hl7.org/CodeSystem/measure-type
Alias: $location-physical-type = http://terminology.hl7.org/CodeSystem/location-physical-type
Alias: $loinc = http://loinc.org
Alias: $sct = http://snomed.info/sct
Alias: $bcp47 = urn:ietf:bcp:47

// Core extensions
Alias: $ordinalValue = http://hl7.org/fhir/StructureDefinition/ordinalValue
Alias: $interpreterRequired = http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired

// Care-transition exchanges
Alias: $notice-timeliness = http://snp-moc.org/fhir/CodeSystem/notice-timeliness
Alias: $moc-plan-measure = http://snp-moc.org/fhir/CodeSystem/moc-plan-measure
Alias: $davinci-notification-event = http://hl7.org/fhir/us/davinci-alerts/CodeSystem/notification-event
