Instance: moc-subscription-transitions
InstanceOf: Subscription
Title: "Transition coordinator: admissions and discharges"
Description: "Notifies the transition coordination system of every admission to and discharge from an inpatient, acute or non-acute (skilled nursing, rehabilitation) stay, so the ICP transfer, point-of-contact notice and post-discharge steps start on time (2E). The server has opened the stay's work items by the time the notification goes out."
Usage: #example
* status = #requested
* reason = "Start the care transition protocol on every admission and discharge"
* criteria = "Encounter?class=http://terminology.hl7.org/CodeSystem/v3-ActCode|IMP,http://terminology.hl7.org/CodeSystem/v3-ActCode|ACUTE,http://terminology.hl7.org/CodeSystem/v3-ActCode|NONAC"
* channel.type = #rest-hook
* channel.endpoint = "https://transitions.example.org/fhir-notifications"
* channel.payload = #application/fhir+json
