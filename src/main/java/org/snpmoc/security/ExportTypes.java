package org.snpmoc.security;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.bulk.BulkExportJobParameters;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import java.util.List;
import org.hl7.fhir.r4.model.Parameters;

/**
 * A Bulk Data kick-off without {@code _type} asks for "everything the server has": for this caller, everything its
 * scopes read (the audit trail only with a scope naming it). A kick-off naming a type the caller cannot read is a
 * 403 (here, and again by HAPI's bulk export rule).
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
		if (caller == null || request == null) {
			return;
		}
		List<String> exportable = rules.exportableTypes(caller);
		if (exportable.isEmpty()) {
			throw new ForbiddenOperationException("This token's scopes do not allow a bulk export: it needs a staff or"
					+ " system scope that reads every type (system/*.rs)");
		}
		if (!namesTypes(request)) {
			List<String> readable = parameters.getResourceTypes().stream().filter(exportable::contains).toList();
			if (readable.isEmpty()) {
				throw new ForbiddenOperationException("This token's scopes do not allow reading any type this export covers");
			}
			parameters.setResourceTypes(readable);
		}
		List<String> refused = parameters.getResourceTypes().stream().filter(t -> !exportable.contains(t)).toList();
		if (!refused.isEmpty()) {
			throw new ForbiddenOperationException("This token's scopes do not allow reading " + String.join(", ", refused));
		}
	}

	private static boolean namesTypes(RequestDetails request) {
		String[] inQuery = request.getParameters().get("_type");
		if (inQuery != null && inQuery.length > 0) {
			return true;
		}
		return request.getResource() instanceof Parameters body && body.getParameter("_type") != null;
	}
}
