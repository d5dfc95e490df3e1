package org.snpmoc.exchange;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snpmoc.config.DeliveryWorker;
import org.snpmoc.exchange.ExchangeOutbox.Row;
import org.snpmoc.exchange.ExchangeOutbox.State;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Carries out the queued exchanges once the writes that asked for them have committed, oldest first. A failed
 * delivery is retried with a growing pause (2 s, 4 s, … up to 5 minutes; {@value ExchangeOutbox#MAX_ATTEMPTS}
 * attempts), a stop leaves what is pending for the next start.
 */
@Component
public class ExchangeQueue extends DeliveryWorker<Row> {
	private static final Logger LOG = LoggerFactory.getLogger(ExchangeQueue.class);

	private final ExchangeOutbox outbox;
	private final ExchangeService service;

	ExchangeQueue(DataSource dataSource, @Lazy ExchangeService service) {
		super("moc-exchanges");
		this.outbox = new ExchangeOutbox(dataSource);
		this.service = service;
		outbox.createTable();
	}

	/** Records an exchange in the writer's transaction; it is carried out once that commits. */
	void enqueue(ExchangeOutbox.Kind kind, String encounter, ExchangeOutbox.Event event, long learned) {
		outbox.add(kind, encounter, event, learned);
		wakeAfterCommit();
	}

	/** Exchanges still to carry out (retries included). */
	public long pending() {
		return outbox.count(State.PENDING);
	}

	/** Exchanges given up after {@value ExchangeOutbox#MAX_ATTEMPTS} attempts; errors are in the table. */
	public long failed() {
		return outbox.count(State.FAILED);
	}

	/** What came of a stay's exchanges, as "KIND EVENT STATE". */
	public List<String> states(String encounterId) {
		return outbox.states(encounterId);
	}

	/** Waits until nothing is pending; false if the timeout came first. */
	public boolean awaitIdle(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (pending() > 0) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	@Override
	protected List<Row> due(long now, int limit) {
		return outbox.due(now, limit);
	}

	@Override
	protected boolean claim(Row row, long now) {
		return outbox.claim(row.id(), now);
	}

	@Override
	protected void deliver(Row row) {
		ExchangeService.Outcome outcome;
		try {
			outcome = service.handle(row);
		} catch (RuntimeException e) {
			outcome = new ExchangeService.Outcome(State.PENDING, e.toString());
		}
		if (outcome.state() != State.PENDING) {
			outbox.finish(row.id(), outcome.state(), outcome.note());
			return;
		}
		int attempt = row.attempts() + 1;
		boolean giveUp = lastAttempt(attempt);
		String what = row.kind() + " " + row.event() + " of Encounter/" + row.encounter();
		if (giveUp) {
			LOG.error("{} given up after {} attempts: {}", what, attempt, outcome.note());
		} else {
			LOG.warn("{} not delivered, will retry: {}", what, outcome.note());
		}
		outbox.failed(row.id(), outcome.note(), retryAt(attempt), giveUp);
	}
}
