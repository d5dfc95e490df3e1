package org.snpmoc.security;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health shows whether access control is on; an open server says so on every health check. */
@Component("access")
class SecurityHealth implements HealthIndicator {
	static final String OPEN_WARNING = "SECURITY IS OFF: every request is served to anyone, health information included";

	private final SecurityProperties properties;

	SecurityHealth(SecurityProperties properties) {
		this.properties = properties;
	}

	@Override
	public Health health() {
		if (!properties.isEnabled()) {
			return Health.up().withDetail("enabled", false).withDetail("warning", OPEN_WARNING).build();
		}
		return Health.up().withDetail("enabled", true)
				.withDetail("issuer", properties.embeddedIssuer() ? "embedded" : properties.issuerUri()).build();
	}
}
