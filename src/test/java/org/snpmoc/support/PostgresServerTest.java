package org.snpmoc.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of end-to-end tests on a real PostgreSQL (the "postgres" profile, as in production). The database stops
 * in a shutdown hook of its own, possibly before this context closes: a short connection timeout keeps HAPI's
 * scheduled jobs from holding up the JVM's exit for the default 30 s while they wait for it.
 */
@SpringBootTest(
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = {
			// Functional tests run on an open server; SecureH2ServerTest and the security tests run with access control on.
			"moc.security.enabled=false",
			"moc.hl7v2.mllp-port=0",
			"moc.server.max-request-size=2MB", "spring.datasource.hikari.connection-timeout=5000",
				// The tests read health details (work-item queue); a deployment shows them only to authorised callers.
				"management.endpoint.health.show-details=always"})
@ActiveProfiles("postgres")
public abstract class PostgresServerTest extends FhirClientSupport {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> EmbeddedPostgresDatabase.jdbcUrl("moc_it"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}
}
