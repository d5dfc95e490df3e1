package org.snpmoc.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base of end-to-end tests with access control on (the default), on the embedded database. Subclasses share one
 * Spring context: do not add properties in subclasses.
 */
@SpringBootTest(
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = {
			"spring.datasource.url=jdbc:h2:mem:moc-secure-it;DB_CLOSE_DELAY=-1",
			"moc.hl7v2.mllp-port=0",
			"moc.security.demo.system-secret=" + SmartFlows.DEMO_SECRET,
			"moc.subscriptions.allowed-endpoints=127.0.0.1"
		})
public abstract class SecureH2ServerTest extends FhirClientSupport {
	protected SmartFlows smart;

	@BeforeEach
	void smartFlows() {
		smart = new SmartFlows(rootUrl());
	}
}
