CodeSystem: MocPlanMeasure
Id: moc-plan-measure
Title: "MOC Plan Measure"
Description: "Plan-level measures reported beside the MOC factors in the plan summary (not MOC factors), and their extra populations."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #admission-notice-timeliness "Admission notice timeliness" "Admission notices to States sent by their due time, over the notices due in the year."
* #late "Sent late" "Notices sent after their due time."
* #unsent-overdue "Unsent past due" "Notices not sent and past their due time."
