// The beneficiary the artifact is about; without it the data cannot be placed on anyone's record.
RuleSet: PatientSubject(element)
* {element} 1..1
* {element} only Reference(Patient)
