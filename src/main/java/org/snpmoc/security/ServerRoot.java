package org.snpmoc.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * This server's root URL, the embedded issuer: the configured public address (less its {@code /fhir}), else the
 * scheme, host and port the request reached.
 */
final class ServerRoot {
	private ServerRoot() {}

	static String of(HttpServletRequest request, String publicBaseUrl) {
		if (publicBaseUrl != null && !publicBaseUrl.isBlank()) {
			String base = withoutSlash(publicBaseUrl);
			return base.endsWith("/fhir") ? base.substring(0, base.length() - "/fhir".length()) : base;
		}
		String scheme = request.getScheme();
		int port = request.getServerPort();
		boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
		return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
	}

	static String withoutSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}
}
