package org.snpmoc.compliance.gaps;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import java.util.concurrent.atomic.AtomicLong;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.config.StorageInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the writes stored through this server. The count moves when a write is about to commit and again when its
 * transaction ends, so a result computed between two equal readings saw every write committed in between.
 */
@Component
@Interceptor
class StoredDataChanges implements StorageInterceptor {
	private final AtomicLong changes = new AtomicLong();

	long current() {
		return changes.get();
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	void created(IBaseResource resource) {
		changed(resource);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	void updated(IBaseResource previous, IBaseResource resource) {
		changed(resource);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_DELETED)
	void deleted(IBaseResource resource) {
		changed(resource);
	}

	private void changed(IBaseResource resource) {
		if (resource instanceof AuditEvent event && !MocRules.isBeneficiaryRead(event)) {
			return; // the audit trail of staff and system access changes no gap
		}
		changes.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					changes.incrementAndGet();
				}
			});
		}
	}
}
