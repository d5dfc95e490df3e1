package org.snpmoc.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Registers the configured clients and logins at start, and the demo clients with a fresh secret the log prints,
 * so the README's start command gives a server one can get a token from. Warns loudly when security is off.
 */
@Component
class SecurityStartup {
	private static final Logger LOG = LoggerFactory.getLogger(SecurityStartup.class);
	static final String DEMO_SYSTEM_CLIENT = "moc-demo-system";
	static final String DEMO_APP_CLIENT = "my-care";
	static final String CONSOLE_CLIENT = "moc-console";
	/** What the console asks for (apps/console/console.js): staff reading the whole plan. */
	static final String CONSOLE_SCOPES = "openid fhirUser user/*.rs";
	static final String DEMO_STAFF_LOGIN = "analyst";

	private final SecurityProperties properties;
	private final Clients clients;
	private final Accounts accounts;

	SecurityStartup(SecurityProperties properties, Clients clients, Accounts accounts) {
		this.properties = properties;
		this.clients = clients;
		this.accounts = accounts;
	}

	@EventListener
	public void ready(ApplicationReadyEvent event) {
		if (!properties.isEnabled()) {
			LOG.warn("SECURITY IS OFF (moc.security.enabled=false): every request is served to anyone, health "
					+ "information included. Use this only for local experiments.");
		}
		properties.clients().forEach(clients::save);
		properties.users().forEach(u -> accounts.save(u.username(), u.password(), u.fhirUser()));
		if (properties.embeddedIssuer() && properties.demo().enabled()) {
			int port = event.getApplicationContext() instanceof WebServerApplicationContext web
					? web.getWebServer().getPort() : 8080;
			registerDemo("http://localhost:" + port);
		}
	}

	private void registerDemo(String root) {
		SecurityProperties.Demo demo = properties.demo();
		String secret = given(demo.systemSecret()) ? demo.systemSecret() : randomSecret();
		clients.save(new SecurityProperties.ClientSpec(DEMO_SYSTEM_CLIENT, "Demo system client", secret,
				"client_secret_basic", List.of("client_credentials"), List.of(),
				List.of("system/*.cruds", "system/*.rs", "system/AuditEvent.rs", SmartScopes.ADMIN), null, null));
		clients.save(new SecurityProperties.ClientSpec(DEMO_APP_CLIENT, "My care (sample beneficiary app)", null,
				"none", List.of("authorization_code"), List.of(root + "/apps/my-care/", root + "/apps/my-care/index.html"),
				List.of("launch/patient", "openid", "fhirUser", "offline_access", "online_access", "patient/*.rs",
						"patient/*.read"), null, null));
		clients.save(new SecurityProperties.ClientSpec(CONSOLE_CLIENT, "MOC console (plan staff)", null,
				"none", List.of("authorization_code"), List.of(root + "/apps/console/", root + "/apps/console/index.html"),
				List.of(CONSOLE_SCOPES.split(" ")), null, null));
		String staffPassword = given(demo.staffPassword()) ? demo.staffPassword() : randomSecret();
		accounts.save(DEMO_STAFF_LOGIN, staffPassword, List.of());
		LOG.info("Demo clients registered. A system token: curl -s -u {}:{} -d grant_type=client_credentials "
				+ "-d 'scope=system/*.rs' {}/oauth2/token ; add a beneficiary login (scope {}): "
				+ "POST {}/admin/users {\"username\":\"…\",\"password\":\"…\",\"fhirUser\":[\"Patient/…\"]}; "
				+ "then open {}/apps/my-care/",
				DEMO_SYSTEM_CLIENT, given(demo.systemSecret()) ? "<moc.security.demo.system-secret>" : secret,
				root, SmartScopes.ADMIN, root, root);
		LOG.info("Console for plan staff: open {}/ and sign in as {} with password {}", root, DEMO_STAFF_LOGIN,
				given(demo.staffPassword()) ? "<moc.security.demo.staff-password>" : staffPassword);
	}

	private static boolean given(String value) {
		return value != null && !value.isBlank();
	}

	private static String randomSecret() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
