package org.snpmoc.config;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Checks the HTTP side of a request before HAPI acts on it, so a malformed header, query or media type is a 4xx
 * naming what is wrong rather than a failure deep inside: a body in a media type FHIR does not read gets 415,
 * ETags and dates in conditional headers must be well formed, partition selectors are refused (this server is not
 * partitioned), and the parameters must keep within {@link ParameterRules}.
 */
@Interceptor
class RequestGuardInterceptor {
	private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");
	private static final Set<String> ACCEPTED = Set.of(
			"application/fhir+json", "application/json", "application/json+fhir",
			"application/fhir+xml", "application/xml", "application/xml+fhir", "text/xml",
			"application/json-patch+json", "application/x-www-form-urlencoded", "application/fhir+ndjson",
			"application/ndjson", "text/plain+fhirpath");
	/** HAPI reads versions as numbers: a weak or strong ETag of digits, as FHIR's W/"3". */
	private static final Pattern VERSION_ETAG = Pattern.compile("(W/)?\"?[0-9]{1,18}\"?");
	private static final Set<String> ETAG_HEADERS = Set.of("If-Match", "If-None-Match");
	private static final Set<String> DATE_HEADERS = Set.of("If-Modified-Since", "If-Unmodified-Since");
	/** Headers that select a partition on a partitioned HAPI server (and its request-tenant interceptor). */
	private static final Set<String> PARTITION_HEADERS = Set.of("X-Request-Partition-IDs", "X-Request-Tenant", "X-Tenant-ID");
	private static final Pattern HISTORY_VERSION = Pattern.compile("/_history/([0-9]+)(?:/|$)");
	private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

	private final ParameterRules parameters;

	RequestGuardInterceptor(ParameterRules parameters) {
		this.parameters = parameters;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_PROCESSED)
	public boolean checkHttp(HttpServletRequest request) {
		checkMediaType(request);
		for (String name : ETAG_HEADERS) {
			String value = request.getHeader(name);
			if (value != null && !value.trim().equals("*") && !VERSION_ETAG.matcher(value.trim()).matches()) {
				throw ParameterRules.invalid("Header " + name + " must be a version ETag such as W/\"3\", not '"
						+ OperationOutcomes.quote(value) + "'");
			}
		}
		for (String name : DATE_HEADERS) {
			String value = request.getHeader(name);
			if (value != null) {
				try {
					DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.trim());
				} catch (DateTimeParseException e) {
					throw ParameterRules.invalid("Header " + name + " must be an HTTP date such as 'Tue, 1 Dec 2026 10:00:00 GMT', not '"
							+ OperationOutcomes.quote(value) + "'");
				}
			}
		}
		for (String name : PARTITION_HEADERS) {
			if (request.getHeader(name) != null) {
				throw ParameterRules.invalid("Header " + name + " is not accepted: this server has no partitions");
			}
		}
		String query = request.getQueryString();
		if (query != null && BAD_ESCAPE.matcher(query).find()) {
			throw ParameterRules.invalid("The query string has a '%' that is not followed by two hexadecimal digits");
		}
		Matcher version = HISTORY_VERSION.matcher(request.getRequestURI());
		if (version.find() && version.group(1).length() > 18) {
			throw new ResourceNotFoundException(
					"There is no version " + OperationOutcomes.quote(version.group(1)) + " of this resource");
		}
		String ifNoneExist = request.getHeader("If-None-Exist");
		if (ifNoneExist != null) {
			parameters.check(queryParameters(ifNoneExist), "If-None-Exist");
		}
		return true;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
	public boolean checkParameters(RequestDetails request) {
		Map<String, List<String>> all = new LinkedHashMap<>();
		request.getParameters().forEach((name, values) -> all.put(name, Arrays.asList(values)));
		parameters.check(all, "The request");
		return true;
	}

	private static void checkMediaType(HttpServletRequest request) {
		if (!BODY_METHODS.contains(request.getMethod()) || request.getContentLengthLong() == 0) {
			return;
		}
		String contentType = request.getContentType();
		if (contentType == null) {
			return;
		}
		String mediaType = contentType.split(";", -1)[0].trim().toLowerCase(Locale.ROOT);
		if (!ACCEPTED.contains(mediaType)) {
			OperationOutcome outcome = OperationOutcomes.outcome(OperationOutcome.IssueType.NOTSUPPORTED,
					"Unsupported media type '" + OperationOutcomes.quote(mediaType)
							+ "': send FHIR resources as application/fhir+json or application/fhir+xml");
			throw new UnclassifiedServerFailureException(415, outcome.getIssueFirstRep().getDiagnostics(), outcome);
		}
	}

	/** The parameters of a query string or a conditional URL ("Patient?identifier=x" or "identifier=x"). */
	static Map<String, List<String>> queryParameters(String url) {
		String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : url.contains("=") ? url : "";
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			if (!pair.isEmpty()) {
				String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
				String value = pair.contains("=") ? pair.substring(pair.indexOf('=') + 1) : "";
				parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
			}
		}
		return parameters;
	}
}
