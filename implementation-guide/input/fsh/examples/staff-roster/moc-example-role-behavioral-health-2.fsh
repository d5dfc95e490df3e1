Instance: moc-example-role-behavioral-health-2
InstanceOf: MocPractitionerRole
Title: "Behavioral health (behavioral-health-2)"
Description: "Staff role behavioral-health held since 2025-03-03."
Usage: #example
* active = true
* practitioner = Reference(Practitioner/moc-example-staff-bh-2)
* organization = Reference(Organization/moc-example-care-management)
* code = $ict-role#behavioral-health "Behavioral health"
* period.start = "2025-03-03"
* extension[responsibility].valueString = "Behavioral health consultation for care teams"
