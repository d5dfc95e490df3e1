package org.snpmoc.exchange;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snpmoc.config.AfterCommit;
import org.snpmoc.exchange.ExchangeOutbox.Row;
import org.snpmoc.exchange.ExchangeOutbox.State;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Carries out the queued exchanges once the writes that asked for them have committed, oldest first. A failed
 * delivery is retried with a growing pause (2 s, 4 s, … up to 5 minutes; {@value ExchangeOutbox#MAX_ATTEMPTS}
 * attempts), a stop leaves what is pending for the next start.
 */
@Component
public class ExchangeQueue implements SmartLifecycle {
	private static final Logger LOG = LoggerFactory.getLogger(ExchangeQueue.class);
	private static final long POLL_MILLIS = 1000;
	private static final long MAX_PAUSE_MILLIS = 300_000;
	private static final int BATCH = 50;

	private final ExchangeOutbox outbox;
	private final ExchangeService service;
	private final BlockingQueue<Boolean> wakeUp = new ArrayBlockingQueue<>(1);
	private Thread worker;
	private volatile boolean running;

	ExchangeQueue(DataSource dataSource, @Lazy ExchangeService service) {
		this.outbox = new ExchangeOutbox(dataSource);
		this.service = service;
		outbox.createTable();
	}

	/** Records an exchange in the writer's transaction; it is carried out once that commits. */
	void enqueue(ExchangeOutbox.Kind kind, String encounter, ExchangeOutbox.Event event, long learned) {
		outbox.add(kind, encounter, event, learned);
		AfterCommit.run(() -> wakeUp.offer(Boolean.TRUE));
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

	private void work() {
		while (running) {
			try {
				List<Row> due = outbox.due(System.currentTimeMillis(), BATCH);
				if (due.isEmpty()) {
					wakeUp.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
				}
				for (Row row : due) {
					if (!running) {
						return;
					}
					if (outbox.claim(row.id(), System.currentTimeMillis())) {
						handle(row);
					}
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (RuntimeException e) {
				// The database went away for a moment: try again at the next poll.
				LOG.warn("Exchange queue could not be read: {}", e.toString());
				pause();
			}
		}
	}

	private void handle(Row row) {
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
		boolean giveUp = attempt >= ExchangeOutbox.MAX_ATTEMPTS;
		String what = row.kind() + " " + row.event() + " of Encounter/" + row.encounter();
		if (giveUp) {
			LOG.error("{} given up after {} attempts: {}", what, attempt, outcome.note());
		} else {
			LOG.warn("{} not delivered, will retry: {}", what, outcome.note());
		}
		long pause = Math.min(MAX_PAUSE_MILLIS, 1000L << Math.min(attempt, 20));
		outbox.failed(row.id(), outcome.note(), System.currentTimeMillis() + pause, giveUp);
	}

	private void pause() {
		try {
			Thread.sleep(POLL_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		running = true;
		worker = new Thread(this::work, "moc-exchanges");
		worker.setDaemon(true);
		worker.start();
	}

	/** Lets the delivery in hand finish; what is left stays queued for the next start. */
	@Override
	public void stop() {
		running = false;
		wakeUp.offer(Boolean.TRUE);
		try {
			worker.join(TimeUnit.SECONDS.toMillis(40));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
