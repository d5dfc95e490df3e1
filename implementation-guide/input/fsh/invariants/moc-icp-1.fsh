Invariant: moc-icp-1
Description: "An ICP version is dated: it has a revision date or, for the first version, created."
Severity: #error
Expression: "created.exists() or extension('http://snp-moc.org/fhir/StructureDefinition/icp-revision-date').exists()"
