package org.snpmoc.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of end-to-end tests on a real PostgreSQL (the "postgres" profile, as in production). */
@SpringBootTest(
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = {"moc.server.max-request-size=2MB"})
@ActiveProfiles("postgres")
public abstract class PostgresServerTest extends FhirClientSupport {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> EmbeddedPostgresDatabase.jdbcUrl("moc_it"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}
}
