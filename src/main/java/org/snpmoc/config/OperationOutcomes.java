package org.snpmoc.config;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.OperationOutcome;

/** OperationOutcomes written outside HAPI's own error handling (servlet filters, Tomcat and Spring error pages). */
public final class OperationOutcomes {
	private static final FhirContext R4 = FhirContext.forR4Cached();

	private OperationOutcomes() {}

	public static String json(String severity, String code, String diagnostics) {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue()
				.setSeverity(OperationOutcome.IssueSeverity.fromCode(severity))
				.setCode(OperationOutcome.IssueType.fromCode(code))
				.setDiagnostics(diagnostics);
		return R4.newJsonParser().setPrettyPrint(true).encodeResourceToString(outcome);
	}

	static OperationOutcome outcome(OperationOutcome.IssueType type, String diagnostics) {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
		return outcome;
	}

	/** A client's text fit to quote back: at most 60 characters, no control characters or broken surrogates. */
	static String quote(String text) {
		StringBuilder quoted = new StringBuilder();
		text.codePoints().limit(60).forEach(c -> quoted.appendCodePoint(
				Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? '?' : c));
		return text.codePointCount(0, text.length()) > 60 ? quoted + "…" : quoted.toString();
	}

	/** What an HTTP error status means, in words fit for any client; the cause is never echoed. */
	static String forStatus(int status) {
		String code = switch (status) {
			case 404 -> "not-found";
			case 405, 415 -> "not-supported";
			case 408, 413, 414, 431 -> "too-costly";
			default -> status >= 500 ? "exception" : "invalid";
		};
		String text = switch (status) {
			case 400 -> "The request cannot be read: its address, encoding or headers are malformed.";
			case 404 -> "There is nothing at this address; the FHIR API is under /fhir.";
			case 405 -> "This method is not allowed at this address.";
			case 408 -> "The request was not received in time.";
			case 413 -> "The request body is larger than the server accepts.";
			case 414 -> "The request address is longer than the server accepts.";
			case 415 -> "The request's media type is not supported here.";
			case 431 -> "The request headers are larger than the server accepts.";
			default -> status >= 500 ? "The server could not handle the request." : "The request was refused (HTTP " + status + ").";
		};
		return json("error", code, text);
	}
}
