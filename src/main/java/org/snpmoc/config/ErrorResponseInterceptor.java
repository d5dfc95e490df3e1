package org.snpmoc.config;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last word on every error the FHIR endpoint answers. Failures caused by the request (a number or date that does
 * not parse, a malformed escape, a query over the statement timeout) become 4xx; a stale {@code If-Match} is 412
 * rather than 409 as FHIR says; real faults stay 5xx but say nothing of the inside, which goes to the log. No body
 * carries a Java class name, SQL or a file path.
 */
@Interceptor
class ErrorResponseInterceptor {
	private static final Logger log = LoggerFactory.getLogger(ErrorResponseInterceptor.class);
	/**
	 * HAPI errors (by their stable message code) that only a malformed request causes: a {@code near} position, a
	 * version number, an operation parameter that should be a resource but is a value.
	 */
	private static final Set<String> INPUT_ERROR_CODES = Set.of("HAPI-1230", "HAPI-2223", "HAPI-1716");
	private static final Set<String> TIMEOUT_SQL_STATES = Set.of("57014", "HYT00", "HY008");
	private static final Pattern CLASS_NAME =
			Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*(?:\\([A-Za-z0-9_$]*\\.java:\\d+\\))?:?\\s*");
	private static final Pattern DATABASE_TEXT = Pattern.compile(
			"(?i)\\bsql\\b|select\\s.+\\sfrom\\s|insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from|unique index|primary key|"
					+ "foreign key|character varying|varchar|jdbc|\\bhfj_|hibernate");
	private static final Pattern SIMPLE_CLASS_NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b");
	private static final Pattern FILE_PATH = Pattern.compile("(?<![\\w.:/])/(?:tmp|home|work|usr|var|opt|etc|root|data|app|srv|mnt|proc)/\\S*");

	private final long statementTimeoutSeconds;

	ErrorResponseInterceptor(ServerProperties.Limits limits) {
		this.statementTimeoutSeconds = limits.statementTimeout().toSeconds();
	}

	@Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
	public BaseServerResponseException map(HttpServletRequest request, Throwable exception) {
		if (exception instanceof ResourceVersionConflictException && request.getHeader("If-Match") != null) {
			return new PreconditionFailedException("The resource has changed since the version given in If-Match ("
					+ OperationOutcomes.quote(request.getHeader("If-Match")) + "): read it again and reapply the change");
		}
		if (exception instanceof BaseServerResponseException known && known.getStatusCode() < 500) {
			return known;
		}
		String inputError = inputError(exception);
		if (inputError != null) {
			return new InvalidRequestException(inputError);
		}
		if (isStatementTimeout(exception)) {
			return new InvalidRequestException(statementTimeoutSeconds > 0
					? "The request needed more than " + statementTimeoutSeconds + " s of database time; narrow it"
					: "The request took longer than the database allows; narrow it",
					OperationOutcomes.outcome(OperationOutcome.IssueType.TOOCOSTLY, "The request took too long"));
		}
		int status = exception instanceof BaseServerResponseException known ? known.getStatusCode() : 500;
		log.error("{} {} failed with {}", request.getMethod(), request.getRequestURI(), status, exception);
		return status == 500 ? new InternalErrorException("The server could not handle the request; the failure is in its log")
				: (BaseServerResponseException) exception;
	}

	/** Error bodies never quote the inside: class names are removed, and a message about the database is replaced. */
	@Hook(Pointcut.SERVER_OUTGOING_FAILURE_OPERATIONOUTCOME)
	public void scrub(RequestDetails request, IBaseOperationOutcome outcome) {
		if (outcome instanceof OperationOutcome r4) {
			for (OperationOutcome.OperationOutcomeIssueComponent issue : r4.getIssue()) {
				if (issue.hasDiagnostics()) {
					issue.setDiagnostics(clean(issue.getDiagnostics()));
				}
			}
		}
	}

	static String clean(String text) {
		if (DATABASE_TEXT.matcher(text).find()) {
			return "The request could not be stored as given: a value is too long or conflicts with stored data.";
		}
		String named = SIMPLE_CLASS_NAME.matcher(CLASS_NAME.matcher(text).replaceAll("")).replaceAll("error");
		return FILE_PATH.matcher(named).replaceAll("[path]");
	}

	private static String inputError(Throwable exception) {
		for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof NumberFormatException) {
				return "A number in the request is not a whole number in range";
			}
			if (t instanceof DataFormatException || t instanceof DateTimeException) {
				return "A value in the request cannot be read: " + clean(String.valueOf(t.getMessage()));
			}
			if (t instanceof IllegalArgumentException && t.getStackTrace().length > 0
					&& t.getStackTrace()[0].getClassName().equals("java.net.URLDecoder")) {
				return "The request has a malformed percent-escape";
			}
			if (t instanceof IllegalArgumentException && thrownByTheParser(t)) {
				return "The request body cannot be read: " + clean(String.valueOf(t.getMessage()));
			}
			String message = t.getMessage();
			if (message != null && INPUT_ERROR_CODES.stream().anyMatch(message::startsWith)) {
				return clean(message);
			}
		}
		return null;
	}

	/** HAPI's parser lets some malformed values (an unknown Bundle.entry.request.method) through as exceptions. */
	private static boolean thrownByTheParser(Throwable t) {
		return Arrays.stream(t.getStackTrace()).limit(12)
				.anyMatch(frame -> frame.getClassName().startsWith("ca.uhn.fhir.parser."));
	}

	private static boolean isStatementTimeout(Throwable exception) {
		for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql && TIMEOUT_SQL_STATES.contains(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}
}
