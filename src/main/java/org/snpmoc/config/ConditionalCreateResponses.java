package org.snpmoc.config;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.stereotype.Component;

/**
 * A conditional create that matches a stored resource answers 200 with the match's Location, as FHIR requires, but
 * never with the stored resource's body: HAPI returns it, which hands anyone who can guess a search criterion a copy
 * of a record they may have no right to read (HAPI 8.8.0 advisory). The same holds for such an entry of a
 * transaction or batch. The client gets an OperationOutcome saying nothing was created.
 */
@Component
@Interceptor
class ConditionalCreateResponses implements ServerInterceptor {
	private static final String MATCHED = "A stored resource matches the conditional create's criteria; nothing was created.";

	@Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
	public boolean withholdMatchedResource(RequestDetails request, ResponseDetails response) {
		RestOperationTypeEnum operation = request.getRestOperationType();
		if (operation == RestOperationTypeEnum.CREATE && response.getResponseCode() == 200) {
			response.setResponseResource(matched());
		} else if (operation == RestOperationTypeEnum.TRANSACTION
				&& request.getResource() instanceof Bundle sent && response.getResponseResource() instanceof Bundle answer) {
			List<Bundle.BundleEntryComponent> requests = sent.getEntry();
			List<Bundle.BundleEntryComponent> answers = answer.getEntry();
			for (int i = 0; i < Math.min(requests.size(), answers.size()); i++) {
				Bundle.BundleEntryComponent entry = answers.get(i);
				if (requests.get(i).getRequest().getMethod() == Bundle.HTTPVerb.POST && entry.hasResource()
						&& entry.getResponse().getStatus() != null && entry.getResponse().getStatus().startsWith("200")) {
					entry.setResource(null);
					entry.getResponse().setOutcome(matched());
				}
			}
		}
		return true;
	}

	private static OperationOutcome matched() {
		OperationOutcome outcome = OperationOutcomes.outcome(OperationOutcome.IssueType.DUPLICATE, MATCHED);
		outcome.getIssueFirstRep().setSeverity(OperationOutcome.IssueSeverity.INFORMATION);
		return outcome;
	}
}
