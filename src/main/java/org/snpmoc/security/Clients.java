package org.snpmoc.security;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/** Client apps of the embedded authorization server, registered from configuration or the admin API. */
public class Clients {
	/** A client's own JWK Set, registered inline rather than at a URL (client settings key). */
	static final String INLINE_JWKS = "moc.jwks";

	private final RegisteredClientRepository repository;
	private final PasswordEncoder passwords;
	private final SecurityProperties properties;

	public Clients(RegisteredClientRepository repository, PasswordEncoder passwords, SecurityProperties properties) {
		this.repository = repository;
		this.passwords = passwords;
		this.properties = properties;
	}

	/** Creates the client or replaces its registration (same client id). */
	public RegisteredClient save(SecurityProperties.ClientSpec spec) {
		if (spec.clientId() == null || !spec.clientId().matches("[A-Za-z0-9._\\-]{1,100}")) {
			throw new IllegalArgumentException("clientId must be 1–100 letters, digits or . _ -");
		}
		String method = spec.tokenEndpointAuthMethod() == null ? "client_secret_basic" : spec.tokenEndpointAuthMethod();
		List<String> grants = spec.grantTypes() == null || spec.grantTypes().isEmpty()
				? ("none".equals(method) ? List.of("authorization_code") : List.of("client_credentials"))
				: spec.grantTypes();
		List<String> scopes = spec.scopes() == null ? List.of() : spec.scopes();
		if (scopes.isEmpty()) {
			throw new IllegalArgumentException("a client needs at least one scope");
		}
		RegisteredClient existing = repository.findByClientId(spec.clientId());
		RegisteredClient.Builder client = RegisteredClient.withId(existing == null ? UUID.randomUUID().toString() : existing.getId())
				.clientId(spec.clientId())
				.clientName(spec.clientName() == null ? spec.clientId() : spec.clientName());
		ClientSettings.Builder settings = ClientSettings.builder().requireAuthorizationConsent(false);
		switch (method) {
			case "none" -> {
				client.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
				settings.requireProofKey(true);
			}
			case "client_secret_basic", "client_secret_post" -> {
				if (spec.secret() == null || spec.secret().length() < 16) {
					throw new IllegalArgumentException("a confidential client's secret must be at least 16 characters");
				}
				client.clientAuthenticationMethod(new ClientAuthenticationMethod(method)).clientSecret(passwords.encode(spec.secret()));
				settings.requireProofKey(false);
			}
			case "private_key_jwt" -> {
				client.clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT);
				// The signing algorithm is taken from each assertion (RS384 or ES384); this only satisfies the builder.
				settings.tokenEndpointAuthenticationSigningAlgorithm(SignatureAlgorithm.RS384);
				if (spec.jwksUri() != null && !spec.jwksUri().isBlank()) {
					URI uri = URI.create(spec.jwksUri());
					if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
						throw new IllegalArgumentException("jwksUri must be an http(s) URL");
					}
					settings.jwkSetUrl(spec.jwksUri());
				} else if (spec.jwks() != null && !spec.jwks().isBlank()) {
					ClientKeys.parse(spec.jwks());
					settings.setting(INLINE_JWKS, spec.jwks());
				} else {
					throw new IllegalArgumentException("private_key_jwt needs jwksUri or jwks");
				}
			}
			default -> throw new IllegalArgumentException(
					"tokenEndpointAuthMethod must be none, client_secret_basic, client_secret_post or private_key_jwt");
		}
		for (String grant : grants) {
			switch (grant) {
				case "authorization_code", "refresh_token", "client_credentials" ->
						client.authorizationGrantType(new AuthorizationGrantType(grant));
				default -> throw new IllegalArgumentException(
						"grantTypes may be authorization_code, refresh_token and client_credentials");
			}
		}
		if (grants.contains("authorization_code")) {
			List<String> redirects = spec.redirectUris() == null ? List.of() : spec.redirectUris();
			if (redirects.isEmpty()) {
				throw new IllegalArgumentException("authorization_code needs redirectUris");
			}
			redirects.forEach(client::redirectUri);
			if (!"none".equals(method) && !grants.contains("refresh_token")) {
				client.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN);
			}
		}
		scopes.forEach(client::scope);
		client.clientSettings(settings.build());
		client.tokenSettings(TokenSettings.builder()
				.accessTokenTimeToLive(properties.accessTokenLifetime())
				.refreshTokenTimeToLive(properties.refreshTokenLifetime())
				.reuseRefreshTokens(false)
				.build());
		RegisteredClient built = client.build();
		repository.save(built);
		return built;
	}
}
