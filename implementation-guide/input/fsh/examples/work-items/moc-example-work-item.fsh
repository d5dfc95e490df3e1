Instance: moc-example-work-item
InstanceOf: MocWorkItemTask
Title: "Work item: first ICT review due"
Description: "A gap listed by $moc-gaps: the first yearly ICT review of the care plan is due 365 days after the ICT started."
Usage: #example
* status = #requested
* intent = #plan
* code = $moc-artifact#work-item "MOC work item"
* reasonCode = $moc-factor#2D.3 "ICT contribution to health status"
* for = Reference(Patient/moc-example-beneficiary)
* authoredOn = "2026-07-01"
* restriction.period.end = "2027-02-05"
* description = "Hold the yearly ICT review of the care plan and goals (ict-meeting Communication about the ICP)."
