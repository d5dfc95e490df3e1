CodeSystem: NoticeTimeliness
Id: notice-timeliness
Title: "Notice Timeliness"
Description: "Whether a notice was sent by its due time."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #on-time "On time" "Sent at or before its due time."
* #late "Late" "Sent after its due time."

ValueSet: NoticeTimelinessVS
Id: notice-timeliness
Title: "Notice Timeliness"
Description: "Whether a notice was sent by its due time."
* ^status = #draft
* include codes from system $notice-timeliness
