// A plan-level measure of its own beside the MOC factors: its group is appended to the plan summary.
Instance: moc-admission-notices
InstanceOf: Measure
Title: "Admission notices to States: timeliness"
Usage: #definition
* url = "http://snp-moc.org/fhir/Measure/moc-admission-notices"
* version = "0.1.0"
* name = "MocAdmissionNotices"
* title = "Admission notices to States: timeliness"
* status = #draft
* description = "Of the admission notices due to State agencies in the year (high-risk members' admissions, as each State's configuration says), the share sent by their due time (the moment the plan learned of the admission plus the State's deadline). Reported as the group admission-notice-timeliness of the plan summary MeasureReport ($moc-evaluate at system level); not a MOC factor."
* subjectCodeableConcept = http://hl7.org/fhir/resource-types#Patient
* scoring = $measure-scoring#proportion
* type = $measure-type#process
* improvementNotation = http://terminology.hl7.org/CodeSystem/measure-improvement-notation#increase
* group[0].code = $moc-plan-measure#admission-notice-timeliness "Admission notice timeliness"
* group[0].description = "Admission notices due in the year, by how they were sent."
* group[0].population[0].code = $measure-population#denominator
* group[0].population[0].description = "moc-state-admission-notice Communications whose notice-due falls in the year up to asOf and is past: sent, or unsent past due."
* group[0].population[0].criteria.language = #text/cql
* group[0].population[0].criteria.expression = "Notices due"
* group[0].population[1].code = $measure-population#numerator
* group[0].population[1].description = "Of those, sent (status completed) at or before notice-due."
* group[0].population[1].criteria.language = #text/cql
* group[0].population[1].criteria.expression = "Notices on time"
* group[0].population[2].code = $moc-plan-measure#late
* group[0].population[2].description = "Sent after notice-due."
* group[0].population[2].criteria.language = #text/cql
* group[0].population[2].criteria.expression = "Notices late"
* group[0].population[3].code = $moc-plan-measure#unsent-overdue
* group[0].population[3].description = "Not sent and past notice-due."
* group[0].population[3].criteria.language = #text/cql
* group[0].population[3].criteria.expression = "Notices unsent past due"
