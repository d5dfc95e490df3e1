package org.snpmoc.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of end-to-end tests with access control on, on a real PostgreSQL (database of its own). */
@SpringBootTest(
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = {
			"moc.security.demo.system-secret=" + SmartFlows.DEMO_SECRET,
			"moc.hl7v2.mllp-port=0",
			"spring.datasource.hikari.connection-timeout=5000"
		})
@ActiveProfiles("postgres")
public abstract class SecurePostgresServerTest extends FhirClientSupport {
	protected SmartFlows smart;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> EmbeddedPostgresDatabase.jdbcUrl("moc_secure_it"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@BeforeEach
	void smartFlows() {
		smart = new SmartFlows(rootUrl());
	}
}
