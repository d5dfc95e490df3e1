package org.snpmoc.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.model.DeleteConflict;
import ca.uhn.fhir.jpa.api.model.DeleteConflictList;
import ca.uhn.fhir.jpa.delete.DeleteConflictOutcome;
import org.snpmoc.config.StorageInterceptor;
import org.springframework.stereotype.Component;

/**
 * The audit trail never stops a deletion: an AuditEvent naming the resource (as agent, entity or observer) is no
 * conflict, so the trail outlives what it names, while every other reference still refuses the delete with 409.
 */
@Component
@Interceptor
class AuditedDeletes implements StorageInterceptor {

	@Hook(Pointcut.STORAGE_PRESTORAGE_DELETE_CONFLICTS)
	public DeleteConflictOutcome ignoreTheTrail(DeleteConflictList conflicts) {
		for (DeleteConflict conflict : conflicts) {
			if (fromTrail(conflict)) {
				conflicts.setResourceIdToIgnoreConflict(conflict.getSourceId());
			}
		}
		conflicts.removeIf(AuditedDeletes::fromTrail);
		return null;
	}

	private static boolean fromTrail(DeleteConflict conflict) {
		return conflict.getSourceId() != null && "AuditEvent".equals(conflict.getSourceId().getResourceType());
	}
}
