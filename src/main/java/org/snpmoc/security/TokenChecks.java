package org.snpmoc.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Issuer and audience of an access token. The embedded server's issuer is this server's own address as the request
 * reached it (or the configured public address); the audience is its FHIR base, unless configured.
 */
final class TokenChecks implements OAuth2TokenValidator<Jwt> {
	private final String issuer;
	private final String audience;
	private final String publicBaseUrl;

	TokenChecks(String issuer, String audience, String publicBaseUrl) {
		this.issuer = blankToNull(issuer);
		this.audience = blankToNull(audience);
		this.publicBaseUrl = blankToNull(publicBaseUrl);
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		String root = root();
		String expectedIssuer = issuer != null ? issuer : root;
		String expectedAudience = audience != null ? audience : root == null ? null : root + "/fhir";
		List<OAuth2Error> errors = new ArrayList<>();
		if (expectedIssuer == null || token.getIssuer() == null
				|| !ServerRoot.withoutSlash(expectedIssuer).equals(ServerRoot.withoutSlash(token.getIssuer().toString()))) {
			errors.add(new OAuth2Error("invalid_token", "The token was issued by another issuer", null));
		}
		if (expectedAudience == null || token.getAudience() == null
				|| token.getAudience().stream().map(ServerRoot::withoutSlash).noneMatch(ServerRoot.withoutSlash(expectedAudience)::equals)) {
			errors.add(new OAuth2Error("invalid_token", "The token is meant for another audience", null));
		}
		return errors.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(errors);
	}

	private String root() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? ServerRoot.of(attributes.getRequest(), publicBaseUrl) : null;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
