package org.snpmoc.config;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.OperationOutcome;

/** OperationOutcomes written outside HAPI's own error handling (servlet filters, Spring error pages). */
final class OperationOutcomes {
	private static final FhirContext R4 = FhirContext.forR4Cached();

	private OperationOutcomes() {}

	static String json(String severity, String code, String diagnostics) {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue()
				.setSeverity(OperationOutcome.IssueSeverity.fromCode(severity))
				.setCode(OperationOutcome.IssueType.fromCode(code))
				.setDiagnostics(diagnostics);
		return R4.newJsonParser().setPrettyPrint(true).encodeResourceToString(outcome);
	}
}
