package org.snpmoc.apps;

/** Switches Spring Security's auto-configuration off, for a server under test that runs without authentication. */
final class OpenServer {
	static final String EXCLUDE_SECURITY = "spring.autoconfigure.exclude="
			+ "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration,"
			+ "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration,"
			+ "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration,"
			+ "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration,"
			+ "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration,"
			+ "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration,"
			+ "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration";

	private OpenServer() {}
}
