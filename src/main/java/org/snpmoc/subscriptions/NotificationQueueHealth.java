package org.snpmoc.subscriptions;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code notifications}: REST-hook notifications still to deliver (retries
 * included), and those given up (see the server log and table MOC_HOOK_DELIVERY).
 */
@Component("notifications")
class NotificationQueueHealth implements HealthIndicator {
	private final NotificationQueue queue;

	NotificationQueueHealth(NotificationQueue queue) {
		this.queue = queue;
	}

	@Override
	public Health health() {
		return Health.up().withDetail("pending", queue.pending()).withDetail("failed", queue.failed()).build();
	}
}
