Instance: questionnaire-artifact-code
InstanceOf: SearchParameter
Usage: #definition
Title: "Questionnaire code (the questionnaire's own)"
* url = "http://snp-moc.org/fhir/SearchParameter/questionnaire-artifact-code"
* name = "QuestionnaireArtifactCode"
* status = #active
* description = "Finds Questionnaires by Questionnaire.code, the concept the whole form stands for, such as moc-artifact#hra for a plan's HRA tool. R4's own Questionnaire `code` parameter indexes the items' codes (Questionnaire.item.code) instead, so it cannot find an HRA tool by its kind."
* code = #artifact-code
* base = #Questionnaire
* type = #token
* expression = "Questionnaire.code"
