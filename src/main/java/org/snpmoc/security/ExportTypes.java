package org.snpmoc.security;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.bulk.BulkExportJobParameters;
import java.util.List;
import org.hl7.fhir.r4.model.Parameters;

/**
 * A Bulk Data kick-off without {@code _type} asks for "everything the server has": for this caller, everything its
 * scopes read (the audit trail only with a scope naming it). A kick-off naming a type the caller cannot read is left
 * as it is, and HAPI's bulk export rule refuses it (403).
 */
@Interceptor
final class ExportTypes {
	private final SmartAccessRules rules;

	ExportTypes(SmartAccessRules rules) {
		this.rules = rules;
	}

	@Hook(Pointcut.STORAGE_PRE_INITIATE_BULK_EXPORT)
	public void narrow(RequestDetails request, BulkExportJobParameters parameters) {
		Caller caller = Caller.current().orElse(null);
		if (caller == null || request == null || namesTypes(request)) {
			return;
		}
		List<String> exportable = rules.exportableTypes(caller);
		if (exportable.isEmpty()) {
			return; // refused by the rules
		}
		parameters.setResourceTypes(parameters.getResourceTypes().stream().filter(exportable::contains).toList());
	}

	private static boolean namesTypes(RequestDetails request) {
		String[] inQuery = request.getParameters().get("_type");
		if (inQuery != null && inQuery.length > 0) {
			return true;
		}
		return request.getResource() instanceof Parameters body && body.getParameter("_type") != null;
	}
}
