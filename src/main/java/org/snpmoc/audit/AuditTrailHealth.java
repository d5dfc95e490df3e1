package org.snpmoc.audit;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code audit}: AuditEvents waiting to be written, written since the
 * start, dropped because the queue was full, and failed (see the server log). The server keeps serving either way.
 */
@Component("audit")
class AuditTrailHealth implements HealthIndicator {
	private final AuditTrail trail;

	AuditTrailHealth(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public Health health() {
		return Health.up().withDetail("enabled", trail.enabled()).withDetail("pending", trail.pending())
				.withDetail("written", trail.written()).withDetail("dropped", trail.dropped())
				.withDetail("failed", trail.failed()).build();
	}
}
