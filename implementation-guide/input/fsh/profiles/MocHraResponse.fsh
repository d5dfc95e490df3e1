Profile: MocHraResponse
Parent: QuestionnaireResponse
Id: moc-hra-response
Title: "MOC HRA Response"
Description: "A health risk assessment of a beneficiary. When status is completed, authored is the completion date every HRA window is judged on."
* insert MocProfileHeader
* obeys moc-hra-qr-1
* extension contains HraMethodExtension named method 0..1
* questionnaire 1..1
* insert PatientSubject(subject)
