Extension: StaffResponsibility
Id: staff-responsibility
Title: "Staff Responsibility"
Description: "The responsibility that goes with a staff member's job title (2A.3), when PractitionerRole.specialty does not express it."
* ^context.type = #element
* ^context.expression = "PractitionerRole"
* value[x] only CodeableConcept or string
* value[x] 1..1
