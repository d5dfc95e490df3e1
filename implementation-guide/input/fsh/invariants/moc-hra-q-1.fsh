Invariant: moc-hra-q-1
Description: "An HRA tool has a top-level group item for each of the five hra-domain codes."
Severity: #error
Expression: "('medical' | 'functional' | 'cognitive' | 'psychosocial' | 'mental-health').all(%resource.item.where(type = 'group').code.where(system = 'http://snp-moc.org/fhir/CodeSystem/hra-domain').code contains $this)"
