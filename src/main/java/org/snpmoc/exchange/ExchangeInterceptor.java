package org.snpmoc.exchange;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Encounter;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.config.StorageInterceptor;
import org.snpmoc.exchange.ExchangeOutbox.Event;
import org.snpmoc.exchange.ExchangeOutbox.Kind;
import org.springframework.stereotype.Component;

/**
 * Queues, in the transaction of each stored transition Encounter (REST, transaction, or the server's own
 * intake), the exchanges it asks for: on admission the State notice and the document to the admitting setting, on
 * a discharge with a destination the document to the next setting. Whether each is due is decided once the write
 * has committed ({@link ExchangeQueue}); the moment of the write is when the plan learned of the event.
 */
@Component
@Interceptor
class ExchangeInterceptor implements StorageInterceptor {
	private final ExchangeQueue queue;
	private final ExchangeProperties properties;

	ExchangeInterceptor(ExchangeQueue queue, ExchangeProperties properties) {
		this.queue = queue;
		this.properties = properties;
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	void created(IBaseResource resource) {
		onWrite(resource);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	void updated(IBaseResource previous, IBaseResource resource) {
		onWrite(resource);
	}

	private void onWrite(IBaseResource written) {
		if (!(written instanceof Encounter stay) || !MocRules.isTransition(stay)) {
			return;
		}
		String id = stay.getIdElement().getIdPart();
		long now = System.currentTimeMillis();
		if (!properties.states().isEmpty()) {
			queue.enqueue(Kind.NOTICE, id, Event.ADMISSION, now);
		}
		if (properties.documents()) {
			queue.enqueue(Kind.DOCUMENT, id, Event.ADMISSION, now);
			if (stay.getStatus() == Encounter.EncounterStatus.FINISHED && stay.getHospitalization().hasDestination()) {
				queue.enqueue(Kind.DOCUMENT, id, Event.DISCHARGE, now);
			}
		}
	}
}
