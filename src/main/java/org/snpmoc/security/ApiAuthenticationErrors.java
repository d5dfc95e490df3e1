package org.snpmoc.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.snpmoc.audit.AuditTrail;
import org.snpmoc.config.OperationOutcomes;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 of the API as FHIR clients expect them: an OperationOutcome body, with the RFC 6750
 * {@code WWW-Authenticate} challenge. The body names the problem but never echoes the token.
 */
final class ApiAuthenticationErrors implements AuthenticationEntryPoint, AccessDeniedHandler {
	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
	private final BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();
	private final AuditTrail trail;

	ApiAuthenticationErrors(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		challenge.commence(request, response, failure);
		boolean tokenGiven = request.getHeader("Authorization") != null;
		if (trail != null && request.getRequestURI().startsWith(request.getContextPath() + "/fhir")) {
			trail.refused(request, tokenGiven ? "invalid access token" : "no access token");
		}
		write(response, OperationOutcome.IssueType.LOGIN, tokenGiven
				? "The access token is not valid here (malformed, expired, wrongly signed, or for another issuer or audience)."
				: "This request needs an access token (Authorization: Bearer …); see /fhir/.well-known/smart-configuration.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException failure)
			throws IOException {
		denied.handle(request, response, failure);
		if (trail != null && request.getRequestURI().startsWith(request.getContextPath() + "/fhir")) {
			trail.refused(request, 403, "scope does not allow the request");
		}
		write(response, OperationOutcome.IssueType.FORBIDDEN, "This token's scopes do not allow this request.");
	}

	private static void write(HttpServletResponse response, OperationOutcome.IssueType type, String text) throws IOException {
		response.setContentType("application/fhir+json;charset=UTF-8");
		response.getWriter().write(OperationOutcomes.json("error", type.toCode(), text));
	}
}
