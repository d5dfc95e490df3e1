package org.snpmoc.support;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base of end-to-end tests on the embedded default database (H2). Every subclass shares one Spring context:
 * do not add properties in subclasses, or each gets a slow context of its own.
 */
@SpringBootTest(
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = {
			// Functional tests run on an open server; SecureH2ServerTest and the security tests run with access control on.
			"moc.security.enabled=false",
			// Several servers run during the suite: none binds the MLLP port (Hl7v2ServerTest listens on a free one).
			"moc.hl7v2.mllp-port=0",
			"spring.datasource.url=jdbc:h2:mem:moc-it;DB_CLOSE_DELAY=-1",
			"moc.server.max-request-size=2MB",
			"moc.subscriptions.allowed-endpoints=127.0.0.1",
			// Admission notices for two test-only State codes; no other test's member lives in either.
			"moc.exchange.states[0].code=ZZ",
			"moc.exchange.states[0].endpoint=state-zz-agency",
			"moc.exchange.states[1].code=ZY",
			"moc.exchange.states[1].endpoint=state-zy-agency",
			"moc.exchange.states[1].high-risk-tier=none",
			"moc.exchange.states[1].group=state-zy-high-risk",
			"moc.exchange.states[1].deadline=1s",
			// The tests read health details (work-item queue); a deployment shows them only to authorised callers.
			"management.endpoint.health.show-details=always"
		})
public abstract class H2ServerTest extends FhirClientSupport {}
