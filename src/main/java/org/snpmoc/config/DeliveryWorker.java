package org.snpmoc.config;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * One background thread that carries out deliveries queued in a database table (REST-hook notifications, care
 * transition exchanges) once the writes that queued them have committed, oldest first. It wakes at once after such a
 * commit and otherwise polls every second; a stop lets the delivery in hand finish and leaves the rest queued for the
 * next start. Failed deliveries are retried on one schedule, {@link #retryAt}, up to {@value #MAX_ATTEMPTS} attempts.
 *
 * @param <R> a queued row
 */
public abstract class DeliveryWorker<R> implements SmartLifecycle {
	public static final int MAX_ATTEMPTS = 10;
	private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
	private static final long POLL_MILLIS = 1000;
	private static final long MAX_PAUSE_MILLIS = 300_000;
	private static final int BATCH = 50;

	private final String name;
	private final BlockingQueue<Boolean> wakeUp = new ArrayBlockingQueue<>(1);
	private Thread worker;
	private volatile boolean running;

	/** @param name the thread's name, and what the log calls the queue */
	protected DeliveryWorker(String name) {
		this.name = name;
	}

	/** Rows whose next attempt is due at {@code now}, oldest first, at most {@code limit}. */
	protected abstract List<R> due(long now, int limit);

	/** Takes the row for this worker (false when another instance took it first). */
	protected abstract boolean claim(R row, long now);

	/** Carries it out, recording the outcome in the table (done, retry at {@link #retryAt}, or given up). */
	protected abstract void deliver(R row);

	/** Wakes the worker once the caller's transaction commits (the queued row is visible then). */
	protected final void wakeAfterCommit() {
		AfterCommit.run(() -> wakeUp.offer(Boolean.TRUE));
	}

	/** When a delivery that failed for the {@code attempt}th time is tried again: 2 s, 4 s, … at most 5 minutes later. */
	public static long retryAt(int attempt) {
		return System.currentTimeMillis() + Math.min(MAX_PAUSE_MILLIS, 1000L << Math.min(attempt, 20));
	}

	/** True when the {@code attempt}th failure is the last one allowed. */
	public static boolean lastAttempt(int attempt) {
		return attempt >= MAX_ATTEMPTS;
	}

	private void work() {
		while (running) {
			try {
				List<R> due = due(System.currentTimeMillis(), BATCH);
				if (due.isEmpty()) {
					wakeUp.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
				}
				for (R row : due) {
					if (!running) {
						return;
					}
					if (claim(row, System.currentTimeMillis())) {
						deliver(row);
					}
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (RuntimeException e) {
				// The database went away for a moment: try again at the next poll.
				LOG.warn("{} queue could not be read: {}", name, e.toString());
				pause();
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(POLL_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		running = true;
		worker = new Thread(this::work, name);
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
