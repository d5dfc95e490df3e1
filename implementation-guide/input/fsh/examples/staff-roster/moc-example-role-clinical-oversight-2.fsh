Instance: moc-example-role-clinical-oversight-2
InstanceOf: MocPractitionerRole
Title: "Clinical oversight (clinical-oversight-2)"
Description: "Staff role clinical-oversight held since 2025-02-17."
Usage: #example
* active = true
* practitioner = Reference(Practitioner/moc-example-staff-medical-director-2)
* organization = Reference(Organization/moc-example-care-management)
* code = $ict-role#clinical-oversight "Clinical oversight"
* period.start = "2025-02-17"
* extension[responsibility].valueString = "Associate medical director: oversees clinical staff and adherence to the model of care"
