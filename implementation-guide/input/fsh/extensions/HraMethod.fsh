Extension: HraMethodExtension
Id: hra-method
Title: "HRA Method"
Description: "How the health risk assessment was completed: mail, phone, in person or portal."
* ^context.type = #element
* ^context.expression = "QuestionnaireResponse"
* value[x] only code
* valueCode 1..1
* valueCode from HraMethodVS (required)
