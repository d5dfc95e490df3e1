package org.snpmoc.transitions;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;
import org.snpmoc.config.StorageInterceptor;
import org.springframework.stereotype.Component;

/**
 * Queues the beneficiary of each write or delete that can change their work items, in the write's own transaction;
 * the items themselves are brought up to date once it has committed ({@link WorkItemQueue}), so the writer does not
 * wait for them.
 */
@Component
@Interceptor
class WorkItemInterceptor implements StorageInterceptor {
	private final WorkItemWorkflow workflow;
	private final WorkItemQueue queue;

	WorkItemInterceptor(WorkItemWorkflow workflow, WorkItemQueue queue) {
		this.workflow = workflow;
		this.queue = queue;
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	void created(IBaseResource resource) {
		onWrite(resource);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	void updated(IBaseResource previous, IBaseResource resource) {
		onWrite(resource);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_DELETED)
	void deleted(IBaseResource resource) {
		onWrite(resource);
	}

	private void onWrite(IBaseResource written) {
		if (written instanceof Resource resource) {
			workflow.concerns(resource).forEach(queue::enqueue);
		}
	}
}
