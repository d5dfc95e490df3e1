Profile: MocPractitioner
Parent: Practitioner
Id: moc-practitioner
Title: "MOC Staff Member"
Description: "A staff member with their MOC training records: one moc-training qualification per training, period.start the completion date, issuer the plan. Date and issuer are checked by 2A.6, so a record missing them is accepted and reported."
* insert MocProfileHeader
* obeys moc-staff-1
* qualification ^slicing.discriminator.type = #pattern
* qualification ^slicing.discriminator.path = "code"
* qualification ^slicing.rules = #open
* qualification ^slicing.description = "MOC training records among the staff member's qualifications"
* qualification contains mocTraining 0..*
* qualification[mocTraining].code = $moc-artifact#moc-training
* qualification[mocTraining].issuer only Reference(Organization)
