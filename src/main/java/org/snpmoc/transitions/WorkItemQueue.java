package org.snpmoc.transitions;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snpmoc.config.WorkflowProperties;
import org.snpmoc.transitions.WorkItemOutbox.Event;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Derives work items after the write that causes them has committed, so a write waits only for one queue row.
 * Each beneficiary's events go to one lane and are handled one at a time in the order they were written: an
 * item is opened before the evidence written after it is looked at. Each event is handled in a transaction of its
 * own that writes the Tasks and removes the event together.
 */
@Component
public class WorkItemQueue implements SmartLifecycle {
	private static final Logger LOG = LoggerFactory.getLogger(WorkItemQueue.class);
	/** Also picks up events left by a stop or written by another server on the same database. */
	private static final long POLL_MILLIS = 1000;
	private static final int BATCH = 100;

	private final WorkItemOutbox outbox;
	private final WorkItemWorkflow workflow;
	private final DaoRegistry daos;
	private final TransactionTemplate transactions;
	private final int lanes;
	private final List<BlockingQueue<Boolean>> wakeUps = new ArrayList<>();
	private final List<Thread> workers = new ArrayList<>();
	private volatile boolean running;

	WorkItemQueue(DataSource dataSource, WorkItemWorkflow workflow, DaoRegistry daos, TransactionTemplate transactions,
			WorkflowProperties properties) {
		this.outbox = new WorkItemOutbox(dataSource);
		this.workflow = workflow;
		this.daos = daos;
		this.transactions = transactions;
		this.lanes = properties.workers();
		for (int lane = 0; lane < lanes; lane++) {
			wakeUps.add(new ArrayBlockingQueue<>(1));
		}
		outbox.createTable();
	}

	/** Records the written resource, in the writer's transaction; its work items follow once that commits. */
	void enqueue(Resource resource) {
		int hash = References.patientOf(resource).hashCode() & Integer.MAX_VALUE;
		outbox.add(resource.fhirType(), resource.getIdElement().getIdPart(), hash);
		int lane = hash % lanes;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wake(lane);
				}
			});
		} else {
			wake(lane);
		}
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
				for (Event event : events) {
					if (!running) {
						return;
					}
					handle(event);
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

	private void handle(Event event) {
		try {
			transactions.executeWithoutResult(status -> {
				if (outbox.claim(event.id())) {
					read(event).ifPresent(workflow::process);
					outbox.remove(event.id());
				}
			});
		} catch (RuntimeException e) {
			boolean last = event.attempts() + 1 >= WorkItemOutbox.MAX_ATTEMPTS;
			String what = event.resourceType() + "/" + event.resourceId();
			if (last) {
				LOG.error("Work items of {} not written after {} attempts", what, WorkItemOutbox.MAX_ATTEMPTS, e);
			} else {
				LOG.warn("Work items of {} not written, will retry: {}", what, e.toString());
			}
			transactions.executeWithoutResult(status -> outbox.recordFailure(event.id(), e.toString()));
		}
	}

	/** The resource as it is now; a resource deleted since has no work items to derive. */
	private Optional<Resource> read(Event event) {
		try {
			IBaseResource resource = daos.getResourceDao(event.resourceType())
					.read(new IdType(event.resourceType(), event.resourceId()), new SystemRequestDetails());
			return Optional.of((Resource) resource);
		} catch (ResourceNotFoundException | ResourceGoneException e) {
			return Optional.empty();
		}
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
