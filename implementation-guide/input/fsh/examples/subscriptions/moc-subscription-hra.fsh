Instance: moc-subscription-hra
InstanceOf: Subscription
Title: "ICT system: completed HRA"
Description: "Notifies the care management system of the interdisciplinary care team of every completed health risk assessment, so the ICT receives it and updates the ICP (2B.1, 2B.2). The server has stratified the HRA (RiskAssessment) by the time the notification goes out."
Usage: #example
* status = #requested
* reason = "Send every completed HRA to the ICT"
* criteria = "QuestionnaireResponse?status=completed"
* channel.type = #rest-hook
* channel.endpoint = "https://ict.example.org/fhir-notifications"
* channel.payload = #application/fhir+json
