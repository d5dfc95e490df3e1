Instance: moc-example-ict
InstanceOf: MocIct
Title: "Interdisciplinary care team of Rosa Delgado"
Description: "ICT led by a care coordinator, with behavioral health and social work for the flagged needs; a pharmacist joined after the reassessment flagged a medical need."
Usage: #example
* status = #active
* category[ict] = $moc-artifact#ict "Interdisciplinary care team"
* name = "Rosa Delgado interdisciplinary care team"
* subject = Reference(Patient/moc-example-beneficiary)
* period.start = "2026-02-05"
* managingOrganization = Reference(Organization/moc-example-care-management)
* participant[0].member = Reference(PractitionerRole/moc-example-role-care-coordinator-1)
* participant[0].role = $ict-role#care-coordinator "Care coordinator"
* participant[0].period.start = "2026-02-05"
* participant[1].member = Reference(PractitionerRole/moc-example-role-primary-care)
* participant[1].role = $ict-role#primary-care "Primary care"
* participant[1].period.start = "2026-02-05"
* participant[2].member = Reference(PractitionerRole/moc-example-role-behavioral-health-1)
* participant[2].role = $ict-role#behavioral-health "Behavioral health"
* participant[2].period.start = "2026-02-05"
* participant[3].member = Reference(PractitionerRole/moc-example-role-social-worker)
* participant[3].role = $ict-role#social-worker "Social worker"
* participant[3].period.start = "2026-02-05"
* participant[4].member = Reference(Patient/moc-example-beneficiary)
* participant[4].role = $ict-role#beneficiary "Beneficiary"
* participant[4].period.start = "2026-02-05"
* participant[5].member = Reference(RelatedPerson/moc-example-caregiver)
* participant[5].role = $ict-role#caregiver "Caregiver"
* participant[5].period.start = "2026-02-05"
* participant[6].member = Reference(PractitionerRole/moc-example-role-transition-coordinator)
* participant[6].role = $ict-role#transition-coordinator "Transition coordinator"
* participant[6].period.start = "2026-03-01"
* participant[7].member = Reference(PractitionerRole/moc-example-role-pharmacist-1)
* participant[7].role = $ict-role#pharmacist "Pharmacist"
* participant[7].period.start = "2026-06-22"
