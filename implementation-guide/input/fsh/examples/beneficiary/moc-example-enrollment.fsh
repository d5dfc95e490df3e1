Instance: moc-example-enrollment
InstanceOf: MocSnpEnrollment
Title: "D-SNP enrollment effective 2026-01-15"
Description: "Enrollment in the D-SNP; the initial HRA window runs from 2025-10-17 to 2026-04-15."
Usage: #example
* status = #active
* type = $moc-artifact#snp-enrollment "SNP enrollment"
* subscriberId = "SD-448812"
* beneficiary = Reference(Patient/moc-example-beneficiary)
* relationship = http://terminology.hl7.org/CodeSystem/subscriber-relationship#self "Self"
* period.start = "2026-01-15"
* payor = Reference(Organization/moc-example-plan)
