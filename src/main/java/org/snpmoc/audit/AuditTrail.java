package org.snpmoc.audit;

import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Meta;
import org.snpmoc.conformance.TrustedWrites;
import org.snpmoc.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The audit trail's writer. A request thread only puts its AuditEvent in a bounded queue ({@link #record}); one
 * background thread stores the queued events in batches, each batch one transaction through HAPI's system DAO as a
 * trusted server write (not validated, not audited itself: it passes no REST interceptor). When the queue is full
 * the event is dropped, logged and counted ({@code /actuator/health} component {@code audit}); the response is
 * never held up. At shutdown, after the web server has stopped taking requests, what is queued is written.
 */
@Component
public class AuditTrail implements SmartLifecycle {
	private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

	private final IFhirSystemDao<Bundle, Meta> systemDao;
	private final AuditProperties properties;
	private final BlockingQueue<AuditEvent> queue;
	private final AtomicLong accepted = new AtomicLong();
	private final AtomicLong written = new AtomicLong();
	private final AtomicLong dropped = new AtomicLong();
	private final AtomicLong failed = new AtomicLong();
	private volatile boolean running;
	private Thread worker;

	AuditTrail(IFhirSystemDao<Bundle, Meta> systemDao, AuditProperties properties) {
		this.systemDao = systemDao;
		this.properties = properties;
		this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
	}

	public boolean enabled() {
		return properties.enabled();
	}

	/** Queues the event for writing; never blocks. */
	public void record(AuditEvent event) {
		if (!properties.enabled()) {
			return;
		}
		if (queue.offer(event)) {
			accepted.incrementAndGet();
		} else {
			long n = dropped.incrementAndGet();
			if (n == 1 || n % 1000 == 0) {
				LOG.warn("Audit trail queue full ({} events): {} AuditEvent(s) dropped so far", properties.queueCapacity(), n);
			}
		}
	}

	/**
	 * For the security layer: audits a request it refused before the FHIR server saw it (401, or 403 decided in a
	 * servlet filter), as an access with outcome 4 (minor failure) by whoever the request's token names, if anyone.
	 */
	public void refused(HttpServletRequest request, int status, String reason) {
		String method = request.getMethod();
		AuditEvent.AuditEventAction action = switch (method) {
			case "POST" -> AuditEvent.AuditEventAction.E;
			case "PUT", "PATCH" -> AuditEvent.AuditEventAction.U;
			case "DELETE" -> AuditEvent.AuditEventAction.D;
			default -> AuditEvent.AuditEventAction.R;
		};
		String interaction = switch (method) {
			case "POST" -> "create";
			case "PUT" -> "update";
			case "PATCH" -> "patch";
			case "DELETE" -> "delete";
			default -> "read";
		};
		record(AuditEvents.build(new AuditEvents.Access(interaction, action, status, Instant.now(),
				Caller.current().orElse(null), request.getRemoteAddr(), Set.of(), List.of(), pathAndQuery(request), reason)));
	}

	/** {@link #refused(HttpServletRequest, int, String)} with 401 Unauthorized. */
	public void refused(HttpServletRequest request, String reason) {
		refused(request, 401, reason);
	}

	static String pathAndQuery(HttpServletRequest request) {
		return request.getQueryString() == null ? request.getRequestURI()
				: request.getRequestURI() + "?" + request.getQueryString();
	}

	/** Events queued or being written. */
	public long pending() {
		return accepted.get() - written.get() - failed.get();
	}

	public long written() {
		return written.get();
	}

	public long dropped() {
		return dropped.get();
	}

	public long failed() {
		return failed.get();
	}

	/** Waits until every event queued so far is written (or given up); false on timeout. */
	public boolean awaitWritten(Duration timeout) throws InterruptedException {
		long until = System.nanoTime() + timeout.toNanos();
		while (pending() > 0) {
			if (System.nanoTime() > until) {
				return false;
			}
			Thread.sleep(10);
		}
		return true;
	}

	private void work() {
		List<AuditEvent> batch = new ArrayList<>();
		while (running || !queue.isEmpty()) {
			try {
				AuditEvent first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, properties.batchSize() - 1);
				write(batch);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} finally {
				batch.clear();
			}
		}
	}

	private void write(List<AuditEvent> batch) {
		try {
			systemDao.transaction(TrustedWrites.request(), transaction(batch));
			written.addAndGet(batch.size());
		} catch (RuntimeException e) {
			if (batch.size() == 1) {
				failed.incrementAndGet();
				LOG.error("Could not write an AuditEvent to the audit trail", e);
				return;
			}
			// one bad event must not cost the others
			batch.forEach(event -> write(List.of(event)));
		}
	}

	private static Bundle transaction(List<AuditEvent> batch) {
		Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		for (AuditEvent event : batch) {
			bundle.addEntry().setResource(event).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("AuditEvent");
		}
		return bundle;
	}

	@Override
	public void start() {
		running = true;
		worker = new Thread(this::work, "moc-audit-trail");
		worker.setDaemon(true);
		worker.start();
	}

	@Override
	public void stop() {
		running = false;
		try {
			worker.join(30_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		if (!queue.isEmpty()) {
			LOG.warn("Audit trail: {} AuditEvent(s) could not be written before shutdown", queue.size());
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops after the web server (which stops in a phase above this one), so the last requests are written. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 8192;
	}
}
