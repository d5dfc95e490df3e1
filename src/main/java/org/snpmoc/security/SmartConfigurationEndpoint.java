package org.snpmoc.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snpmoc.config.ServerProperties;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code GET /fhir/.well-known/smart-configuration}: SMART App Launch 2 discovery. Served before the FHIR servlet,
 * which would read {@code .well-known} as a resource type.
 */
final class SmartConfigurationEndpoint extends OncePerRequestFilter {
	static final List<String> CAPABILITIES = List.of("launch-standalone", "launch-ehr", "client-public",
			"client-confidential-symmetric", "client-confidential-asymmetric", "context-standalone-patient",
			"context-ehr-patient", "context-banner", "permission-offline", "permission-patient", "permission-user",
			"permission-v1", "permission-v2", "sso-openid-connect");
	static final List<String> SCOPES = List.of("openid", "fhirUser", "profile", "launch", "launch/patient",
			"offline_access", "online_access", "patient/*.cruds", "patient/*.rs", "user/*.cruds", "user/*.rs",
			"system/*.cruds", "system/*.rs", "user/AuditEvent.rs", "system/AuditEvent.rs", SmartScopes.ADMIN);
	private static final ObjectMapper JSON = new ObjectMapper();

	private final SecurityProperties properties;
	private final ServerProperties server;

	SmartConfigurationEndpoint(SecurityProperties properties, ServerProperties server) {
		this.properties = properties;
		this.server = server;
	}

	/** The issuer's endpoints as this request reached the server (or as configured). */
	static Map<String, Object> document(String issuer) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("issuer", issuer);
		doc.put("jwks_uri", issuer + "/oauth2/jwks");
		doc.put("authorization_endpoint", issuer + "/oauth2/authorize");
		doc.put("token_endpoint", issuer + "/oauth2/token");
		doc.put("introspection_endpoint", issuer + "/oauth2/introspect");
		doc.put("revocation_endpoint", issuer + "/oauth2/revoke");
		doc.put("userinfo_endpoint", issuer + "/userinfo");
		doc.put("grant_types_supported", List.of("authorization_code", "client_credentials", "refresh_token"));
		doc.put("token_endpoint_auth_methods_supported",
				List.of("client_secret_basic", "client_secret_post", "private_key_jwt", "none"));
		doc.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS384", "ES384"));
		doc.put("scopes_supported", SCOPES);
		doc.put("response_types_supported", List.of("code"));
		doc.put("code_challenge_methods_supported", List.of("S256"));
		doc.put("capabilities", CAPABILITIES);
		return doc;
	}

	static String issuer(HttpServletRequest request, SecurityProperties properties, ServerProperties server) {
		return properties.embeddedIssuer() ? ServerRoot.of(request, server.publicBaseUrl())
				: ServerRoot.withoutSlash(properties.issuerUri());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			response.setStatus(405);
			response.setHeader("Allow", "GET, HEAD");
			return;
		}
		response.setContentType("application/json");
		response.setHeader("Cache-Control", "max-age=300");
		JSON.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(),
				document(issuer(request, properties, server)));
	}
}
