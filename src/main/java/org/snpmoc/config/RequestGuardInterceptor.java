package org.snpmoc.config;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;

/**
 * Puts HTTP semantics right where HAPI's defaults differ from the FHIR specification: a body in a media type FHIR
 * does not read gets 415 instead of a confusing parse error, and a stale {@code If-Match} gets 412 instead of 409.
 */
@Interceptor
class RequestGuardInterceptor {
	private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");
	private static final Set<String> ACCEPTED = Set.of(
			"application/fhir+json", "application/json", "application/json+fhir",
			"application/fhir+xml", "application/xml", "application/xml+fhir", "text/xml",
			"application/json-patch+json", "application/x-www-form-urlencoded", "application/fhir+ndjson",
			"application/ndjson", "text/plain+fhirpath");

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_PROCESSED)
	public boolean checkMediaType(HttpServletRequest request) {
		if (!BODY_METHODS.contains(request.getMethod()) || request.getContentLengthLong() == 0) {
			return true;
		}
		String contentType = request.getContentType();
		if (contentType == null) {
			return true;
		}
		String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
		if (!ACCEPTED.contains(mediaType)) {
			throw new UnclassifiedServerFailureException(415,
					"Unsupported media type '" + mediaType + "': send FHIR resources as application/fhir+json or application/fhir+xml");
		}
		return true;
	}

	@Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
	public BaseServerResponseException versionConflictOnIfMatch(HttpServletRequest request, Throwable exception) {
		if (exception instanceof ResourceVersionConflictException && request.getHeader("If-Match") != null) {
			return new PreconditionFailedException("The resource has changed since the version given in If-Match ("
					+ request.getHeader("If-Match") + "): read it again and reapply the change");
		}
		return exception instanceof BaseServerResponseException known ? known : null;
	}
}
