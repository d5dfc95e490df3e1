package org.snpmoc.transitions;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code workItems}: how many writes still wait for their work items, and how
 * many were given up (see the server log and table MOC_WORK_EVENT). Either way the server keeps serving.
 */
@Component("workItems")
class WorkItemQueueHealth implements HealthIndicator {
	private final WorkItemQueue queue;

	WorkItemQueueHealth(WorkItemQueue queue) {
		this.queue = queue;
	}

	@Override
	public Health health() {
		return Health.up().withDetail("pending", queue.pending()).withDetail("failed", queue.failed()).build();
	}
}
