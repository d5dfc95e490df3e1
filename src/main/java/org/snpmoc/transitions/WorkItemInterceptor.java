package org.snpmoc.transitions;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.SNP_ENROLLMENT;
import static org.snpmoc.contract.MocCodes.TRANSITION_COORDINATION;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.snpmoc.compliance.Codes;
import org.snpmoc.config.StorageInterceptor;
import org.snpmoc.config.WorkflowProperties;
import org.snpmoc.hra.HraInstruments;
import org.springframework.stereotype.Component;

/**
 * Opens and closes work items in the transaction of the write that causes them: a care transition, an SNP
 * enrollment or a completed HRA opens them; a stored piece of evidence closes them.
 */
@Component
@Interceptor
class WorkItemInterceptor implements StorageInterceptor {
	private final WorkItemWorkflow workflow;
	private final HraInstruments instruments;
	private final WorkflowProperties properties;

	WorkItemInterceptor(WorkItemWorkflow workflow, HraInstruments instruments, WorkflowProperties properties) {
		this.workflow = workflow;
		this.instruments = instruments;
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
		if (!(written instanceof Resource resource)) {
			return;
		}
		boolean hra = resource instanceof QuestionnaireResponse qr
				&& qr.getStatus() == QuestionnaireResponseStatus.COMPLETED && instruments.isHra(qr);
		// Close first: a new HRA closes the HRA-due item before it opens the next one.
		if (properties.taskClosing().enabled() && (hra || isEvidence(resource))) {
			workflow.onEvidence(resource);
		}
		if (resource instanceof Encounter stay && WorkItemWorkflow.isTransition(stay)
				&& properties.transitionTasks().enabled()) {
			workflow.onStay(stay);
		} else if (resource instanceof Coverage coverage && Codes.has(coverage.getType(), CS_ARTIFACT, SNP_ENROLLMENT)
				&& properties.hraDueTasks().enabled()) {
			workflow.onEnrollment(coverage);
		} else if (hra && properties.hraDueTasks().enabled()) {
			workflow.onHra((QuestionnaireResponse) resource);
		}
	}

	/** Kinds of resource that can satisfy a work item; everything else (work items included) is skipped cheaply. */
	private static boolean isEvidence(Resource resource) {
		return resource instanceof Communication
				|| resource instanceof Appointment
				|| resource instanceof CarePlan
				|| (resource instanceof Encounter e && !WorkItemWorkflow.isTransition(e))
				|| (resource instanceof Task t && Codes.has(t.getCode(), CS_ARTIFACT, TRANSITION_COORDINATION));
	}
}
