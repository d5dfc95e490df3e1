package org.snpmoc.security;

import jakarta.servlet.http.HttpServletRequest;
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
				|| !strip(expectedIssuer).equals(strip(token.getIssuer().toString()))) {
			errors.add(new OAuth2Error("invalid_token", "The token was issued by another issuer", null));
		}
		if (expectedAudience == null || token.getAudience() == null
				|| token.getAudience().stream().map(TokenChecks::strip).noneMatch(strip(expectedAudience)::equals)) {
			errors.add(new OAuth2Error("invalid_token", "The token is meant for another audience", null));
		}
		return errors.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(errors);
	}

	/** This server's root URL: the configured public address, else the scheme, host and port of the request. */
	private String root() {
		if (publicBaseUrl != null) {
			String base = strip(publicBaseUrl);
			return base.endsWith("/fhir") ? base.substring(0, base.length() - "/fhir".length()) : base;
		}
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		String scheme = request.getScheme();
		int port = request.getServerPort();
		boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
		return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
	}

	private static String strip(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
