Instance: moc-example-role-clinical-oversight-1
InstanceOf: MocPractitionerRole
Title: "Clinical oversight (clinical-oversight-1)"
Description: "Staff role clinical-oversight held since 2025-01-06."
Usage: #example
* active = true
* practitioner = Reference(Practitioner/moc-example-staff-medical-director-1)
* organization = Reference(Organization/moc-example-care-management)
* code = $ict-role#clinical-oversight "Clinical oversight"
* period.start = "2025-01-06"
* extension[responsibility].valueString = "Medical director: oversees clinical staff and adherence to the model of care"
