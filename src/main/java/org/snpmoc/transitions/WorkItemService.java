package org.snpmoc.transitions;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.ICT;
import static org.snpmoc.contract.MocCodes.WORK_ITEM;
import static org.snpmoc.transitions.StoredResources.byPatient;

import ca.uhn.fhir.rest.param.TokenParam;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.snpmoc.transitions.EvidenceOnRecord.Evidence;

/**
 * Stores work items as Tasks, in the caller's transaction: opens the planned ones (once: the id is deterministic),
 * closes them with evidence already on record or arriving later.
 */
final class WorkItemService {
	private final StoredResources store;
	private final ZoneId zone;
	private final EvidenceRules rules;
	private final EvidenceOnRecord onRecord;

	WorkItemService(StoredResources store, ZoneId zone, EvidenceRules rules) {
		this.store = store;
		this.zone = zone;
		this.rules = rules;
		this.onRecord = new EvidenceOnRecord(store, rules);
	}

	/** The work-item Tasks already stored under the ids, by id. */
	Map<String, Task> stored(Collection<String> ids) {
		return store.tasks(ids);
	}

	/**
	 * Opens each item not yet in {@code stored}; an open one whose window moved (a corrected date) is reopened.
	 * The owner is asked for only when an item is written. What it writes is added to {@code stored}.
	 */
	void open(List<WorkItem> items, Map<String, Task> stored, Supplier<String> owner) {
		List<WorkItem> toWrite = items.stream().filter(item -> {
			Task task = stored.get(item.id());
			return task == null
					|| (task.getStatus() == Task.TaskStatus.REQUESTED && !WorkItemTasks.sameWindow(task, item, zone));
		}).toList();
		if (toWrite.isEmpty()) {
			return;
		}
		String ownedBy = owner.get();
		Map<String, Evidence> evidence = onRecord.earliest(toWrite);
		for (WorkItem item : toWrite) {
			Task task = WorkItemTasks.toTask(item.withOwner(ownedBy));
			Evidence done = evidence.get(item.id());
			if (done != null) {
				WorkItemTasks.complete(task, done.key(), done.on());
			}
			store.save(task);
			stored.put(item.id(), task);
		}
	}

	/**
	 * Completes the patient's open work items that the stored resource is evidence for. Only the items of the
	 * factors the resource can serve are read; the server's item ids name their factor.
	 */
	void closeWith(Resource evidence) {
		Set<String> factors = rules.factorsFor(evidence);
		String patient = References.patientOf(evidence);
		if (factors.isEmpty() || patient.isEmpty()) {
			return;
		}
		List<IIdType> open = store.ids(Task.class, byPatient(patient)
				.add(Task.SP_CODE, new TokenParam(CS_ARTIFACT, WORK_ITEM))
				.add(Task.SP_STATUS, new TokenParam(Task.TaskStatus.REQUESTED.toCode())));
		for (IIdType id : open) {
			String factor = WorkItem.factorIn(id.getIdPart());
			if (factor != null && !factors.contains(factor)) {
				continue;
			}
			Task task = store.read(id, Task.class);
			WorkItem item = WorkItemTasks.fromTask(task, zone);
			if (item != null) {
				rules.closes(item, evidence).ifPresent(on -> {
					WorkItemTasks.complete(task, References.key(evidence), on);
					store.save(task);
				});
			}
		}
	}

	List<CareTeam> icts(String patient) {
		return store.search(CareTeam.class, byPatient(patient)
				.add(CareTeam.SP_CATEGORY, new TokenParam(CS_ARTIFACT, ICT))
				.add(CareTeam.SP_STATUS, new TokenParam(CareTeam.CareTeamStatus.ACTIVE.toCode())));
	}
}
