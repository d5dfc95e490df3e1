package org.snpmoc.transitions;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.WORK_ITEM;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.Task;
import org.snpmoc.compliance.Codes;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.MocEvaluationService;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.PatientRecords;
import org.snpmoc.compliance.RecordQueries;
import org.snpmoc.compliance.Trigger;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.factors.ict.IctOwner;
import org.snpmoc.config.WorkflowProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps a beneficiary's work items in step with the factor checks. The checks are run over the beneficiary's record
 * as of today, exactly as $moc-evaluate runs them; every window a stay, an enrollment or an HRA opens (a window with
 * a {@link Trigger}) has one Task: open while the window lacks its evidence, completed once the check finds it. So a
 * work item is open exactly when the factor check says that window is unmet, and no rule is written twice.
 */
@Component
class WorkItemWorkflow {
	private final PatientRecords records;
	private final MocEvaluationService evaluation;
	private final WorkflowProperties properties;
	private final DaoRegistry daos;
	private final List<WorkItemNotes> notes;

	WorkItemWorkflow(PatientRecords records, MocEvaluationService evaluation, WorkflowProperties properties,
			DaoRegistry daos, List<WorkItemNotes> notes) {
		this.records = records;
		this.evaluation = evaluation;
		this.properties = properties;
		this.daos = daos;
		this.notes = notes;
	}

	/**
	 * The beneficiaries ("Patient/id") whose work items the written or deleted resource can change: those whose
	 * record it is part of, but not for the work items themselves, the server's risk assessments (written with
	 * the HRA, which is queued itself) nor the audit trail's events other than a beneficiary's own read (2E.4).
	 */
	Set<String> concerns(Resource resource) {
		if (!properties.transitionTasks().enabled() && !properties.hraDueTasks().enabled()) {
			return Set.of();
		}
		if (resource instanceof RiskAssessment
				|| (resource instanceof AuditEvent event && !MocRules.isBeneficiaryRead(event))
				|| (resource instanceof Task task && Codes.has(task.getCode(), CS_ARTIFACT, WORK_ITEM))) {
			return Set.of();
		}
		return RecordQueries.patientsOf(resource);
	}

	/** Opens, updates, completes and cancels the beneficiary's work items to match the checks as of today. */
	void reconcile(String patient) {
		PatientRecord record;
		try {
			record = records.load(patient.substring(patient.indexOf('/') + 1));
		} catch (ResourceNotFoundException | ResourceGoneException e) {
			return;
		}
		EvaluationContext today = evaluation.context(null);
		Map<String, Window> wanted = new LinkedHashMap<>();
		Set<String> known = new HashSet<>();
		for (FactorResult result : evaluation.evaluate(record, today).results()) {
			for (Window window : result.windows()) {
				if (window.trigger() == null || !switchedOn(window.trigger().kind())) {
					continue;
				}
				String id = WorkItem.idFor(result.factor(), window.trigger());
				known.add(id);
				// Windows long judged (before the look-back year) are history, not work: no new item for them.
				if (window.isInScope(today)) {
					wanted.put(id, window);
				}
			}
		}
		Map<String, Task> stored = storedItems(patient);
		List<CareTeam> teams = record.all(CareTeam.class);
		wanted.forEach((id, window) -> update(id, window, stored.get(id), patient, teams, today));
		stored.forEach((id, task) -> {
			if (!known.contains(id) && WorkItem.isServers(id) && task.getStatus() == Task.TaskStatus.REQUESTED) {
				WorkItemTasks.cancel(task);
				save(task);
			}
		});
	}

	private void update(String id, Window window, Task task, String patient, List<CareTeam> teams, EvaluationContext today) {
		boolean satisfied = window.isSatisfied(today.asOf());
		boolean closing = properties.taskClosing().enabled();
		if (task == null) {
			if (!satisfied || !closing) {
				Task opened = WorkItemTasks.open(id, window, patient, IctOwner.of(window, teams, today.asOf(), today.zone()));
				WorkItemTasks.setNote(opened, note(window));
				save(opened);
			}
			return;
		}
		boolean open = task.getStatus() == Task.TaskStatus.REQUESTED;
		boolean changed = false;
		if (open && satisfied && closing) {
			WorkItemTasks.setWindow(task, window);
			WorkItemTasks.complete(task, window);
			changed = true;
		} else if (!satisfied && (WorkItemTasks.completedByServer(task) || WorkItemTasks.cancelledByServer(task))) {
			WorkItemTasks.reopen(task);
			WorkItemTasks.setWindow(task, window);
			changed = true;
		} else if (open && !WorkItemTasks.showsWindow(task, window)) {
			WorkItemTasks.setWindow(task, window);
			changed = true;
		}
		// The server's note speaks of what is still to do: an item no longer open keeps none.
		String note = task.getStatus() == Task.TaskStatus.REQUESTED ? note(window) : null;
		if (WorkItemTasks.setNote(task, note) || changed) {
			save(task);
		}
	}

	private String note(Window window) {
		for (WorkItemNotes source : notes) {
			var text = source.note(window.factor(), window);
			if (text.isPresent()) {
				return text.get();
			}
		}
		return null;
	}

	private boolean switchedOn(Trigger.Kind kind) {
		return switch (kind) {
			case ADMISSION, DISCHARGE -> properties.transitionTasks().enabled();
			case ENROLLMENT, ANNUAL -> properties.hraDueTasks().enabled();
		};
	}

	/**
	 * The beneficiary's work-item Tasks, by id. Ids first, then single reads: loading a page of resources written
	 * earlier in the same transaction trips Hibernate's persistence context, reading them singly does not.
	 */
	private Map<String, Task> storedItems(String patient) {
		var dao = daos.getResourceDao(Task.class);
		SearchParameterMap mine = SearchParameterMap.newSynchronous()
				.add(Task.SP_PATIENT, new ReferenceParam(patient))
				.add(Task.SP_CODE, new TokenParam(CS_ARTIFACT, WORK_ITEM));
		Map<String, Task> stored = new LinkedHashMap<>();
		dao.searchForResourceIds(mine, new SystemRequestDetails())
				.forEach(id -> stored.put(id.getIdPart(), dao.read(id, new SystemRequestDetails())));
		return stored;
	}

	private void save(Task task) {
		daos.getResourceDao(Task.class).update(task, new SystemRequestDetails());
	}

	/** The Patient of a queued event: the event names it, or (events queued by an earlier version) its resource does. */
	String patientOf(String resourceType, String resourceId) {
		if ("Patient".equals(resourceType)) {
			return "Patient/" + resourceId;
		}
		try {
			Resource resource = (Resource) daos.getResourceDao(resourceType)
					.read(new org.hl7.fhir.r4.model.IdType(resourceType, resourceId), new SystemRequestDetails());
			return RecordQueries.patientsOf(resource).stream().findFirst().orElse("");
		} catch (ResourceNotFoundException | ResourceGoneException e) {
			return "";
		}
	}
}
