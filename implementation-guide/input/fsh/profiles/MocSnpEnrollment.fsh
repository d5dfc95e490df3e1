Profile: MocSnpEnrollment
Parent: Coverage
Id: moc-snp-enrollment
Title: "MOC SNP Enrollment"
Description: "A beneficiary's enrollment in the special needs plan. period.start is the effective enrollment date from which the initial HRA window (90 days before to 90 days after) and the first ICP deadline are counted."
* insert MocProfileHeader
* type 1..1
* type = $moc-artifact#snp-enrollment
* beneficiary only Reference(Patient)
// Without a start date no enrollment window can be computed: the record is unusable, not merely late.
* period 1..1
* period.start 1..1
