package org.snpmoc.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.StringType;
import org.snpmoc.config.StorageInterceptor;
import org.snpmoc.contract.MocCodes;

/**
 * Validates every resource before it is stored (REST, transaction and batch entries, and the server's own writes
 * except the {@link TrustedWrites}):
 * against R4 always, and against the MOC profiles that {@link ProfileSelector} says apply. Errors refuse the write
 * with 422 and an OperationOutcome naming each element; inside a transaction the whole transaction is rolled back.
 */
@Interceptor
final class WriteValidationInterceptor implements StorageInterceptor {
	private final ProfileSelector selector;
	private final WriteValidator validator;
	private final FhirContext fhirContext;

	WriteValidationInterceptor(ProfileSelector selector, WriteValidator validator, FhirContext fhirContext) {
		this.selector = selector;
		this.validator = validator;
		this.fhirContext = fhirContext;
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	public void beforeCreate(IBaseResource resource, RequestDetails request) {
		check(resource, request);
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void beforeUpdate(IBaseResource previous, IBaseResource resource, RequestDetails request) {
		check(resource, request);
	}

	private void check(IBaseResource resource, RequestDetails request) {
		if (TrustedWrites.isTrusted(request)) {
			return;
		}
		Set<String> profiles = selector.select(resource);
		List<SingleValidationMessage> messages = validator.validate(resource, profiles);
		if (messages.stream().anyMatch(WriteValidator::isError)) {
			throw new UnprocessableEntityException(fhirContext, outcome(resource, profiles, messages));
		}
	}

	/** Errors and warnings, each with the element it is about (location and FHIRPath expression). */
	private static OperationOutcome outcome(IBaseResource resource, Set<String> profiles,
			List<SingleValidationMessage> messages) {
		OperationOutcome outcome = new OperationOutcome();
		messages.stream()
				.filter(m -> m.getSeverity() != ResultSeverityEnum.INFORMATION)
				.sorted((a, b) -> Boolean.compare(WriteValidator.isError(b), WriteValidator.isError(a)))
				.forEach(m -> issue(outcome.addIssue(), m));
		outcome.addIssue()
				.setSeverity(IssueSeverity.INFORMATION)
				.setCode(OperationOutcome.IssueType.INFORMATIONAL)
				.setDiagnostics(resource.fhirType() + " was validated against FHIR R4"
						+ (profiles.isEmpty() ? "" : " and " + String.join(", ", profiles)));
		return outcome;
	}

	private static void issue(OperationOutcomeIssueComponent issue, SingleValidationMessage message) {
		issue.setSeverity(IssueSeverity.fromCode(message.getSeverity().getCode()))
				.setCode(OperationOutcome.IssueType.PROCESSING)
				.setDiagnostics(message.getMessage());
		if (message.getLocationString() != null) {
			issue.setLocation(List.of(new StringType(message.getLocationString())));
			issue.setExpression(List.of(new StringType(message.getLocationString())));
		}
	}
}
