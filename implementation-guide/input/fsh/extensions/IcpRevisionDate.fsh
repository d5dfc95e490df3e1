Extension: IcpRevisionDate
Id: icp-revision-date
Title: "ICP Revision Date"
Description: "When this version of the individualized care plan was revised. The first version may use CarePlan.created instead. The evaluator dates ICP versions by this clinical date, never by meta.lastUpdated."
* ^context.type = #element
* ^context.expression = "CarePlan"
* value[x] only dateTime
* valueDateTime 1..1
