Instance: moc-example-role-behavioral-health-1
InstanceOf: MocPractitionerRole
Title: "Behavioral health (behavioral-health-1)"
Description: "Staff role behavioral-health held since 2025-01-15."
Usage: #example
* active = true
* practitioner = Reference(Practitioner/moc-example-staff-bh-1)
* organization = Reference(Organization/moc-example-care-management)
* code = $ict-role#behavioral-health "Behavioral health"
* period.start = "2025-01-15"
* extension[responsibility].valueString = "Behavioral health consultation for care teams"
