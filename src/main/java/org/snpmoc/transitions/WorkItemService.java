package org.snpmoc.transitions;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.CS_COMMUNICATION;
import static org.snpmoc.contract.MocCodes.ICP;
import static org.snpmoc.contract.MocCodes.ICP_TRANSFER;
import static org.snpmoc.contract.MocCodes.ICT;
import static org.snpmoc.contract.MocCodes.PHI_ACCESS;
import static org.snpmoc.contract.MocCodes.POINT_OF_CONTACT_NOTICE;
import static org.snpmoc.contract.MocCodes.SELF_MANAGEMENT_EDUCATION;
import static org.snpmoc.contract.MocCodes.TRANSITION_COORDINATION;
import static org.snpmoc.contract.MocCodes.WORK_ITEM;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.snpmoc.compliance.MocPolicy;
import org.snpmoc.hra.HraInstruments;

/**
 * Stores work items as Tasks inside the transaction of the write that caused them: opens the planned ones (once:
 * the id is deterministic), closes them with evidence already on record or arriving later.
 */
final class WorkItemService {
	private static final Map<String, String> COMMUNICATION_OF = Map.of("2E.3", ICP_TRANSFER,
			"2E.6", POINT_OF_CONTACT_NOTICE, "2E.4", PHI_ACCESS, "2E.5", SELF_MANAGEMENT_EDUCATION);

	private final DaoRegistry daos;
	private final ZoneId zone;
	private final EvidenceRules rules;

	WorkItemService(DaoRegistry daos, MocPolicy policy, HraInstruments instruments) {
		this.daos = daos;
		this.zone = policy.getTimeZone();
		this.rules = new EvidenceRules(zone, instruments::isHra);
	}

	ZoneId zone() {
		return zone;
	}

	/** Opens each item not yet on record; an open one whose window moved (a corrected date) is reopened. */
	void open(List<WorkItem> items) {
		for (WorkItem item : items) {
			Optional<Task> stored = task(item.id());
			if (stored.isPresent() && (stored.get().getStatus() != Task.TaskStatus.REQUESTED
					|| WorkItemTasks.sameWindow(stored.get(), item, zone))) {
				continue;
			}
			Task task = WorkItemTasks.toTask(item);
			evidenceOnRecord(item).ifPresent(e -> WorkItemTasks.complete(task, e.key(), e.on()));
			save(task);
		}
	}

	/** Completes the patient's open work items that the stored resource is evidence for. */
	void closeWith(Resource evidence) {
		String patient = References.patientOf(evidence);
		if (patient.isEmpty()) {
			return;
		}
		for (Task task : search(Task.class, byPatient(patient)
				.add(Task.SP_CODE, new TokenParam(CS_ARTIFACT, WORK_ITEM))
				.add(Task.SP_STATUS, new TokenParam(Task.TaskStatus.REQUESTED.toCode())))) {
			WorkItem item = WorkItemTasks.fromTask(task, zone);
			if (item != null) {
				rules.closes(item, evidence).ifPresent(on -> {
					WorkItemTasks.complete(task, References.key(evidence), on);
					save(task);
				});
			}
		}
	}

	boolean completed(String taskId) {
		return task(taskId).map(t -> t.getStatus() == Task.TaskStatus.COMPLETED).orElse(false);
	}

	List<CareTeam> icts(String patient) {
		return search(CareTeam.class, byPatient(patient)
				.add(CareTeam.SP_CATEGORY, new TokenParam(CS_ARTIFACT, ICT))
				.add(CareTeam.SP_STATUS, new TokenParam(CareTeam.CareTeamStatus.ACTIVE.toCode())));
	}

	<T extends Resource> Optional<T> read(String reference, Class<T> type) {
		try {
			return Optional.of(daos.getResourceDao(type).read(new IdType(reference), new SystemRequestDetails()));
		} catch (ResourceNotFoundException | ResourceGoneException e) {
			return Optional.empty();
		}
	}

	private record Evidence(String key, LocalDate on) {}

	/** The earliest evidence already stored that satisfies the item: data often arrive out of order. */
	private Optional<Evidence> evidenceOnRecord(WorkItem item) {
		return candidates(item).stream()
				.flatMap(r -> rules.closes(item, r).map(on -> new Evidence(References.key(r), on)).stream())
				.min(Comparator.comparing(Evidence::on));
	}

	/** The patient's resources of the kinds that can close the item, dated around its window. */
	private List<Resource> candidates(WorkItem item) {
		String patient = item.patient();
		DateRangeParam around = around(item);
		List<Resource> found = new ArrayList<>();
		String category = COMMUNICATION_OF.get(item.factor());
		if (category != null) {
			found.addAll(search(Communication.class, byPatient(patient)
					.add(Communication.SP_CATEGORY, new TokenParam(CS_COMMUNICATION, category))
					.add(Communication.SP_SENT, around)));
		}
		switch (item.factor()) {
			case "2E.2" -> found.addAll(search(Task.class, byPatient(patient)
					.add(Task.SP_CODE, new TokenParam(CS_ARTIFACT, TRANSITION_COORDINATION))
					.add(Task.SP_AUTHORED_ON, around)));
			case "2E.1" -> {
				found.addAll(search(Encounter.class, byPatient(patient).add(Encounter.SP_DATE, around)));
				found.addAll(search(Appointment.class, byPatient(patient).add(Appointment.SP_DATE, around)));
			}
			case "2B.3" -> found.addAll(search(QuestionnaireResponse.class, byPatient(patient)
					.add(QuestionnaireResponse.SP_STATUS, new TokenParam("completed"))
					.add(QuestionnaireResponse.SP_AUTHORED, around)));
			// CarePlan has no search parameter on created or the revision date: the rules date each version.
			case "2C.2" -> found.addAll(search(CarePlan.class, byPatient(patient)
					.add(CarePlan.SP_CATEGORY, new TokenParam(CS_ARTIFACT, ICP))));
			default -> { }
		}
		return found;
	}

	/**
	 * The item's window widened by a day on each side (indexes hold instants, the rules compare calendar dates in
	 * the plan's zone), open-ended for an HRA-due item, which any later HRA closes.
	 */
	private static DateRangeParam around(WorkItem item) {
		DateParam from = new DateParam(ParamPrefixEnum.GREATERTHAN_OR_EQUALS, item.opens().minusDays(1).toString());
		boolean openEnded = "2B.3".equals(item.factor()) && item.anchor() != WorkItem.Anchor.DISCHARGE;
		return openEnded ? new DateRangeParam(from)
				: new DateRangeParam(from, new DateParam(ParamPrefixEnum.LESSTHAN_OR_EQUALS, item.due().plusDays(1).toString()));
	}

	private static SearchParameterMap byPatient(String patient) {
		return SearchParameterMap.newSynchronous().add("patient", new ReferenceParam(patient));
	}

	private Optional<Task> task(String id) {
		return read("Task/" + id, Task.class);
	}

	/**
	 * Matches by id, then reads one by one: loading a page of resources written earlier in the same transaction
	 * trips Hibernate's persistence context, reading them singly does not.
	 */
	private <T extends Resource> List<T> search(Class<T> type, SearchParameterMap map) {
		IFhirResourceDao<T> dao = daos.getResourceDao(type);
		return dao.searchForResourceIds(map, new SystemRequestDetails()).stream()
				.map(id -> dao.read(id, new SystemRequestDetails()))
				.toList();
	}

	private void save(Task task) {
		daos.getResourceDao(Task.class).update(task, new SystemRequestDetails());
	}
}
