Instance: moc-subscription-icp
InstanceOf: Subscription
Title: "ICT system: new or revised ICP"
Description: "Notifies the care management system of the interdisciplinary care team whenever an individualized care plan is created or revised, so the team works from the current plan (2C.5)."
Usage: #example
* status = #requested
* reason = "Tell the ICT's care management system about every new or revised ICP"
* criteria = "CarePlan?category=http://snp-moc.org/fhir/CodeSystem/moc-artifact|icp"
* channel.type = #rest-hook
* channel.endpoint = "https://ict.example.org/fhir-notifications"
* channel.payload = #application/fhir+json
