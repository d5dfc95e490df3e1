Extension: NoticeDue
Id: notice-due
Title: "Notice Due"
Description: "When the notice had to be sent: the moment the plan learned of the event plus the deadline of the State's contract."
* ^context.type = #element
* ^context.expression = "Communication"
* value[x] only dateTime
* valueDateTime 1..1

Extension: NoticeTimelinessExtension
Id: notice-timeliness
Title: "Notice Timeliness"
Description: "On a sent notice: whether it was sent by its due time (sent compared with notice-due)."
* ^context.type = #element
* ^context.expression = "Communication"
* value[x] only code
* valueCode 1..1
* valueCode from NoticeTimelinessVS (required)
