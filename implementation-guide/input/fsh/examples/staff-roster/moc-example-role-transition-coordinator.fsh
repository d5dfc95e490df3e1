Instance: moc-example-role-transition-coordinator
InstanceOf: MocPractitionerRole
Title: "Transition coordinator (transition-coordinator)"
Description: "Staff role transition-coordinator held since 2025-03-01."
Usage: #example
* active = true
* practitioner = Reference(Practitioner/moc-example-staff-coordinator-2)
* organization = Reference(Organization/moc-example-care-management)
* code = $ict-role#transition-coordinator "Transition coordinator"
* period.start = "2025-03-01"
* extension[responsibility].valueString = "Coordinates hospital admissions and discharges and the transfer of the care plan"
