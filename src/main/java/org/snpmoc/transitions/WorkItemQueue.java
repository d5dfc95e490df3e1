package org.snpmoc.transitions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snpmoc.config.AfterCommit;
import org.snpmoc.config.WorkflowProperties;
import org.snpmoc.transitions.WorkItemOutbox.Event;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings work items up to date after the write that changes them has committed, so a write waits only for one
 * queue row. Each beneficiary's events go to one lane; the events of one beneficiary found together are handled
 * at once, in a transaction of its own that writes the Tasks and removes the events together.
 */
@Component
public class WorkItemQueue implements SmartLifecycle {
	private static final Logger LOG = LoggerFactory.getLogger(WorkItemQueue.class);
	/** Also picks up events left by a stop or written by another server on the same database. */
	private static final long POLL_MILLIS = 1000;
	private static final int BATCH = 100;

	private final WorkItemOutbox outbox;
	private final WorkItemWorkflow workflow;
	private final TransactionTemplate transactions;
	private final int lanes;
	private final List<BlockingQueue<Boolean>> wakeUps = new ArrayList<>();
	private final List<Thread> workers = new ArrayList<>();
	private volatile boolean running;

	WorkItemQueue(DataSource dataSource, WorkItemWorkflow workflow, TransactionTemplate transactions,
			WorkflowProperties properties) {
		this.outbox = new WorkItemOutbox(dataSource);
		this.workflow = workflow;
		this.transactions = transactions;
		this.lanes = properties.workers();
		for (int lane = 0; lane < lanes; lane++) {
			wakeUps.add(new ArrayBlockingQueue<>(1));
		}
		outbox.createTable();
	}

	/** Records the beneficiary ("Patient/id"), in the writer's transaction; their work items follow once that commits. */
	void enqueue(String patient) {
		int hash = patient.hashCode() & Integer.MAX_VALUE;
		outbox.add("Patient", patient.substring(patient.indexOf('/') + 1), hash);
		int lane = hash % lanes;
		AfterCommit.run(() -> wake(lane));
	}

	/** Events whose work items are still to be written (those being written included). */
	public long pending() {
		return outbox.pending();
	}

	/** Events given up after {@value WorkItemOutbox#MAX_ATTEMPTS} failed attempts; their errors are in the table. */
	public long failed() {
		return outbox.failed();
	}

	/** Waits until every event written so far has its work items; false if the timeout came first. */
	public boolean awaitIdle(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (outbox.pending() > 0) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	private void wake(int lane) {
		wakeUps.get(lane).offer(Boolean.TRUE);
	}

	private void work(int lane) {
		while (running) {
			try {
				List<Event> events = outbox.next(lane, lanes, BATCH);
				if (events.isEmpty()) {
					wakeUps.get(lane).poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
				}
				Map<String, List<Event>> byPatient = new LinkedHashMap<>();
				for (Event event : events) {
					String patient;
					try {
						patient = workflow.patientOf(event.resourceType(), event.resourceId());
					} catch (RuntimeException e) {
						failed(event, event.resourceType() + "/" + event.resourceId(), e);
						continue;
					}
					byPatient.computeIfAbsent(patient, p -> new ArrayList<>()).add(event);
				}
				for (var patient : byPatient.entrySet()) {
					if (!running) {
						return;
					}
					handle(patient.getKey(), patient.getValue());
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (RuntimeException e) {
				// The database went away for a moment: try again at the next poll.
				LOG.warn("Work-item lane {} could not read its queue: {}", lane, e.toString());
				sleepQuietly();
			}
		}
	}

	/** One beneficiary's events: their work items brought up to date once, and the events removed with them. */
	private void handle(String patient, List<Event> events) {
		try {
			transactions.executeWithoutResult(status -> {
				List<Event> claimed = events.stream().filter(e -> outbox.claim(e.id())).toList();
				if (!claimed.isEmpty() && !patient.isEmpty()) {
					workflow.reconcile(patient);
				}
				claimed.forEach(e -> outbox.remove(e.id()));
			});
		} catch (RuntimeException e) {
			events.forEach(event -> failed(event, patient, e));
		}
	}

	private void failed(Event event, String what, RuntimeException e) {
		if (event.attempts() + 1 >= WorkItemOutbox.MAX_ATTEMPTS) {
			LOG.error("Work items of {} not written after {} attempts", what, WorkItemOutbox.MAX_ATTEMPTS, e);
		} else {
			LOG.warn("Work items of {} not written, will retry: {}", what, e.toString());
		}
		transactions.executeWithoutResult(status -> outbox.recordFailure(event.id(), e.toString()));
	}

	private void sleepQuietly() {
		try {
			Thread.sleep(POLL_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		running = true;
		for (int lane = 0; lane < lanes; lane++) {
			int mine = lane;
			Thread worker = new Thread(() -> work(mine), "moc-work-items-" + lane);
			worker.setDaemon(true);
			workers.add(worker);
			worker.start();
		}
	}

	/** Lets each lane finish the event in hand; what is left stays queued for the next start. */
	@Override
	public void stop() {
		running = false;
		for (int lane = 0; lane < lanes; lane++) {
			wake(lane);
		}
		for (Thread worker : workers) {
			try {
				worker.join(TimeUnit.SECONDS.toMillis(30));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		workers.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
