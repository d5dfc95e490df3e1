package org.snpmoc.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of access control, bound from {@code moc.security.*}.
 *
 * @param enabled       false opens every request to anyone (local experiments only; warned at start and on health)
 * @param issuerUri     an external OpenID Connect issuer to trust instead of the embedded one (empty: embedded)
 * @param jwkSetUri     the external issuer's keys (default: {@code issuerUri + /.well-known/jwks.json} is not
 *                      assumed; set it)
 * @param audience      the {@code aud} tokens must carry; empty: this server's FHIR base URL as the request reached it
 * @param accessTokenLifetime  how long an access token of the embedded server is valid
 * @param refreshTokenLifetime how long a refresh token ({@code offline_access}) is valid
 * @param demo          demo clients registered at start for a first try
 * @param clients       clients registered (or updated) at start
 * @param users         user accounts created (or updated) at start
 */
@ConfigurationProperties(prefix = "moc.security")
public record SecurityProperties(
		Boolean enabled,
		String issuerUri,
		String jwkSetUri,
		String audience,
		Duration accessTokenLifetime,
		Duration refreshTokenLifetime,
		Demo demo,
		List<ClientSpec> clients,
		List<UserSpec> users) {

	public SecurityProperties {
		enabled = enabled == null || enabled;
		accessTokenLifetime = accessTokenLifetime == null ? Duration.ofMinutes(60) : accessTokenLifetime;
		refreshTokenLifetime = refreshTokenLifetime == null ? Duration.ofDays(90) : refreshTokenLifetime;
		demo = demo == null ? new Demo(null, null, null) : demo;
		clients = clients == null ? List.of() : clients;
		users = users == null ? List.of() : users;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public boolean embeddedIssuer() {
		return issuerUri == null || issuerUri.isBlank();
	}

	/**
	 * @param enabled       register the demo clients {@code moc-demo-system}, {@code my-care} and {@code moc-console},
	 *                      and the console's staff login {@code analyst}
	 * @param systemSecret  the system client's secret; empty: a new random one at every start, printed in the log
	 * @param staffPassword the {@code analyst} login's password; empty: a new random one at every start, printed in the log
	 */
	public record Demo(Boolean enabled, String systemSecret, String staffPassword) {
		public Demo {
			enabled = enabled == null || enabled;
		}
	}

	/**
	 * A client app. {@code tokenEndpointAuthMethod}: {@code none} (public, PKCE), {@code client_secret_basic},
	 * {@code client_secret_post} or {@code private_key_jwt} (keys at {@code jwksUri}, or {@code jwks} given inline as
	 * a JWK Set JSON).
	 */
	public record ClientSpec(
			String clientId,
			String clientName,
			String secret,
			String tokenEndpointAuthMethod,
			List<String> grantTypes,
			List<String> redirectUris,
			List<String> scopes,
			String jwksUri,
			String jwks) {}

	/** A login; {@code fhirUser}: {@code Patient/…} (a beneficiary), {@code RelatedPerson/…} (a caregiver, one per
	 * person they act for), {@code Practitioner/…} or none (plan staff). */
	public record UserSpec(String username, String password, List<String> fhirUser) {}
}
