Instance: moc-example-admission
InstanceOf: MocTransitionEncounter
Title: "Hospital stay 2026-06-01 to 2026-06-05"
Description: "Inpatient stay for a COPD exacerbation, discharged to short-term rehabilitation."
Usage: #example
* status = #finished
* class = $v3-ActCode#IMP "inpatient encounter"
* type = $sct#32485007 "Hospital admission (procedure)"
* subject = Reference(Patient/moc-example-beneficiary)
* period.start = "2026-06-01"
* period.end = "2026-06-05"
* reasonCode.text = "COPD exacerbation"
* serviceProvider = Reference(Organization/moc-example-hospital)
* hospitalization.dischargeDisposition = http://terminology.hl7.org/CodeSystem/discharge-disposition#snf "Skilled nursing facility"
* hospitalization.destination = Reference(Location/moc-example-snf-location)
