Profile: MocHraQuestionnaire
Parent: Questionnaire
Id: moc-hra-questionnaire
Title: "MOC HRA Questionnaire"
Description: "A health risk assessment tool: code contains moc-artifact#hra and a top-level group per hra-domain whose answers carry ordinalValue; a domain group may carry a need threshold."
* insert MocProfileHeader
* obeys moc-hra-q-1
* url 1..1
* code 1..*
* code ^slicing.discriminator.type = #pattern
* code ^slicing.discriminator.path = "$this"
* code ^slicing.rules = #open
* code ^slicing.description = "The moc-artifact#hra coding marks the tool as an HRA"
* code contains hra 1..1
* code[hra] = $moc-artifact#hra
* item.extension contains HraNeedThreshold named needThreshold 0..1
