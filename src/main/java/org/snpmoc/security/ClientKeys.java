package org.snpmoc.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;

/**
 * Verifies a SMART Backend Services client assertion ({@code private_key_jwt}): signed RS384 or ES384 with one of the
 * client's keys (registered inline or at its JWKS URL), {@code iss} = {@code sub} = the client id, {@code aud} = the
 * token endpoint, an {@code exp} at most five minutes ahead, and a {@code jti} never seen before.
 */
final class ClientKeys implements JwtDecoderFactory<RegisteredClient> {
	private static final Set<JWSAlgorithm> ALGORITHMS =
			Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384, JWSAlgorithm.RS256, JWSAlgorithm.ES256);
	private static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

	private final Map<String, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();
	private final Map<String, Instant> seenAssertions = new ConcurrentHashMap<>();

	static JWKSet parse(String jwks) {
		try {
			JWKSet set = JWKSet.parse(jwks);
			if (set.getKeys().isEmpty() || set.getKeys().stream().anyMatch(k -> k.isPrivate())) {
				throw new IllegalArgumentException("jwks must hold public keys only, at least one");
			}
			return set;
		} catch (ParseException e) {
			throw new IllegalArgumentException("jwks is not a JWK Set");
		}
	}

	@Override
	public JwtDecoder createDecoder(RegisteredClient client) {
		JWKSource<SecurityContext> source = sources.computeIfAbsent(
				client.getId() + "|" + client.getClientSettings().getJwkSetUrl() + "|"
						+ client.getClientSettings().getSetting(Clients.INLINE_JWKS),
				key -> source(client));
		DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, source));
		processor.setJWTClaimsSetVerifier((claims, context) -> {});
		NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
		decoder.setJwtValidator(validator(client.getClientId()));
		return decoder;
	}

	private static JWKSource<SecurityContext> source(RegisteredClient client) {
		String inline = client.getClientSettings().getSetting(Clients.INLINE_JWKS);
		if (inline != null) {
			return new ImmutableJWKSet<>(parse(inline));
		}
		try {
			return JWKSourceBuilder.create(URI.create(client.getClientSettings().getJwkSetUrl()).toURL())
					.retrying(false).build();
		} catch (MalformedURLException | IllegalArgumentException e) {
			throw new IllegalStateException("client " + client.getClientId() + " has no usable JWKS URL");
		}
	}

	private OAuth2TokenValidator<Jwt> validator(String clientId) {
		JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(30));
		return jwt -> {
			List<OAuth2Error> errors = new ArrayList<>(timestamps.validate(jwt).getErrors());
			if (!clientId.equals(jwt.getClaimAsString("iss")) || !clientId.equals(jwt.getSubject())) {
				errors.add(invalid("iss and sub must be the client id"));
			}
			String tokenEndpoint = AuthorizationServerContextHolder.getContext() == null ? null
					: AuthorizationServerContextHolder.getContext().getIssuer() + "/oauth2/token";
			if (jwt.getAudience() == null || tokenEndpoint == null || !jwt.getAudience().contains(tokenEndpoint)) {
				errors.add(invalid("aud must be the token endpoint " + tokenEndpoint));
			}
			Instant expires = jwt.getExpiresAt();
			if (expires == null || expires.isAfter(Instant.now().plus(MAX_LIFETIME).plusSeconds(30))) {
				errors.add(invalid("exp must be present and at most five minutes ahead"));
			}
			String jti = jwt.getId();
			if (jti == null || jti.isBlank()) {
				errors.add(invalid("jti is required"));
			} else if (errors.isEmpty() && seenAssertions.putIfAbsent(clientId + "|" + jti, expires) != null) {
				errors.add(invalid("this assertion (jti) was already used"));
			}
			forgetExpired();
			return errors.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(errors);
		};
	}

	private void forgetExpired() {
		if (seenAssertions.size() > 1000) {
			Instant now = Instant.now().minusSeconds(60);
			seenAssertions.values().removeIf(expires -> expires.isBefore(now));
		}
	}

	private static OAuth2Error invalid(String description) {
		return new OAuth2Error("invalid_client", description, null);
	}
}
