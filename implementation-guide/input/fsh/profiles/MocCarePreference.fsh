Profile: MocCarePreference
Parent: Observation
Id: moc-care-preference
Title: "MOC Care Preference"
Description: "A personal preference of the beneficiary about their care, referenced from the ICP's supportingInfo (2C.1)."
* insert MocProfileHeader
* code = $moc-artifact#care-preference
* insert PatientSubject(subject)
