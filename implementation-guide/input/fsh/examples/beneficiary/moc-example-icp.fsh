Instance: moc-example-icp
InstanceOf: MocIcp
Title: "Individualized care plan of Rosa Delgado"
Description: "First version of the ICP, written 9 days after the initial HRA with the beneficiary and her daughter."
Usage: #example
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\">Individualized care plan: counseling and food assistance for the needs found by the HRA of 2026-02-01.</div>"
* status = #active
* intent = #plan
* category[icp] = $moc-artifact#icp "Individualized care plan"
* category[1] = http://hl7.org/fhir/us/core/CodeSystem/careplan-category#assess-plan "Assessment and Plan of Treatment"
* title = "Individualized care plan"
* subject = Reference(Patient/moc-example-beneficiary)
* period.start = "2026-02-10"
* created = "2026-02-10"
* extension[revisionDate].valueDateTime = "2026-02-10"
* author = Reference(PractitionerRole/moc-example-role-care-coordinator-1)
* contributor[0] = Reference(Patient/moc-example-beneficiary)
* contributor[1] = Reference(RelatedPerson/moc-example-caregiver)
* careTeam = Reference(CareTeam/moc-example-ict)
* supportingInfo[0] = Reference(QuestionnaireResponse/moc-example-hra-initial)
* supportingInfo[1] = Reference(Observation/moc-example-care-preference)
* goal[0] = Reference(Goal/moc-example-goal-mood)
* goal[1] = Reference(Goal/moc-example-goal-food)
* activity[0].detail.kind = #ServiceRequest
* activity[0].detail.code.text = "Behavioral health counseling by video every two weeks"
* activity[0].detail.reasonCode = $hra-domain#mental-health "Mental health"
* activity[0].detail.goal = Reference(Goal/moc-example-goal-mood)
* activity[0].detail.status = #in-progress
* activity[0].detail.performer = Reference(PractitionerRole/moc-example-role-behavioral-health-1)
* activity[1].detail.kind = #ServiceRequest
* activity[1].detail.code.text = "Help applying for SNAP and referral to a food pantry"
* activity[1].detail.reasonCode = $hra-domain#psychosocial "Psychosocial"
* activity[1].detail.goal = Reference(Goal/moc-example-goal-food)
* activity[1].detail.status = #completed
* activity[1].detail.performer = Reference(PractitionerRole/moc-example-role-social-worker)
