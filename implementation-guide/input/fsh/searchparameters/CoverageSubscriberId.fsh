Instance: coverage-subscriber-id
InstanceOf: SearchParameter
Usage: #definition
Title: "Coverage subscriber id"
* url = "http://snp-moc.org/fhir/SearchParameter/coverage-subscriber-id"
* name = "CoverageSubscriberId"
* status = #active
* description = "Finds Coverages by Coverage.subscriberId, the member number the plan gives the subscriber. R4 has no parameter on this element; the ADT intake uses it to find the beneficiary an HL7 v2 message (PID-3) is about through their SNP enrollment."
* code = #subscriber-id
* base = #Coverage
* type = #token
* expression = "Coverage.subscriberId"
