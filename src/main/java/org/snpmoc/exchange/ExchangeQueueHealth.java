package org.snpmoc.exchange;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code exchanges}: admission notices and transition-of-care documents still to
 * deliver (retries included), and those given up (see the server log and table MOC_EXCHANGE_DELIVERY).
 */
@Component("exchanges")
class ExchangeQueueHealth implements HealthIndicator {
	private final ExchangeQueue queue;

	ExchangeQueueHealth(ExchangeQueue queue) {
		this.queue = queue;
	}

	@Override
	public Health health() {
		return Health.up().withDetail("pending", queue.pending()).withDetail("failed", queue.failed()).build();
	}
}
