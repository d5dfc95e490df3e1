Instance: moc-example-role-care-coordinator-2
InstanceOf: MocPractitionerRole
Title: "Care coordinator (care-coordinator-2)"
Description: "Staff role care-coordinator held since 2025-03-01."
Usage: #example
* active = true
* practitioner = Reference(Practitioner/moc-example-staff-coordinator-2)
* organization = Reference(Organization/moc-example-care-management)
* code = $ict-role#care-coordinator "Care coordinator"
* period.start = "2025-03-01"
* extension[responsibility].valueString = "Leads the ICT and coordinates care for an assigned panel of D-SNP members; backup coordinator"
