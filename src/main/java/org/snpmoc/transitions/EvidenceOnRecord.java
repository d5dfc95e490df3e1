package org.snpmoc.transitions;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.CS_COMMUNICATION;
import static org.snpmoc.contract.MocCodes.ICP;
import static org.snpmoc.contract.MocCodes.ICP_TRANSFER;
import static org.snpmoc.contract.MocCodes.PHI_ACCESS;
import static org.snpmoc.contract.MocCodes.POINT_OF_CONTACT_NOTICE;
import static org.snpmoc.contract.MocCodes.SELF_MANAGEMENT_EDUCATION;
import static org.snpmoc.contract.MocCodes.TRANSITION_COORDINATION;
import static org.snpmoc.contract.MocCodes.V3_ACT_CODE;
import static org.snpmoc.transitions.StoredResources.anyOf;
import static org.snpmoc.transitions.StoredResources.byPatient;

import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;

/**
 * Evidence already stored for work items about to open (data often arrive out of order). Items opened by one
 * event share one search per kind of evidence, over the union of their windows; the rules then judge each item.
 */
final class EvidenceOnRecord {
	private static final Map<String, String> COMMUNICATION_OF = Map.of("2E.3", ICP_TRANSFER,
			"2E.6", POINT_OF_CONTACT_NOTICE, "2E.4", PHI_ACCESS, "2E.5", SELF_MANAGEMENT_EDUCATION);

	record Evidence(String key, LocalDate on) {}

	private final StoredResources store;
	private final EvidenceRules rules;

	EvidenceOnRecord(StoredResources store, EvidenceRules rules) {
		this.store = store;
		this.rules = rules;
	}

	/** The earliest stored evidence that closes each item, by item id; items without any are left out. */
	Map<String, Evidence> earliest(List<WorkItem> items) {
		Map<String, Evidence> found = new HashMap<>();
		items.stream().collect(Collectors.groupingBy(WorkItem::patient)).forEach((patient, ofPatient) -> {
			List<Resource> candidates = candidates(patient, ofPatient);
			for (WorkItem item : ofPatient) {
				candidates.stream()
						.flatMap(r -> rules.closes(item, r).map(on -> new Evidence(References.key(r), on)).stream())
						.min(Comparator.comparing(Evidence::on))
						.ifPresent(e -> found.put(item.id(), e));
			}
		});
		return found;
	}

	/** The patient's resources of the kinds that can close the items, dated around their windows. */
	private List<Resource> candidates(String patient, List<WorkItem> items) {
		// The events themselves are at hand and never evidence for their own items.
		Set<String> events = items.stream().map(WorkItem::focus).collect(Collectors.toSet());
		List<Resource> found = new ArrayList<>();
		List<WorkItem> told = of(items, i -> COMMUNICATION_OF.containsKey(i.factor()));
		if (!told.isEmpty()) {
			Set<String> categories = told.stream().map(i -> COMMUNICATION_OF.get(i.factor())).collect(Collectors.toSet());
			found.addAll(search(Communication.class, events, byPatient(patient)
					.add(Communication.SP_CATEGORY, anyOf(CS_COMMUNICATION, categories))
					.add(Communication.SP_SENT, around(told))));
		}
		List<WorkItem> access = of(items, i -> "2E.4".equals(i.factor()));
		if (!access.isEmpty()) {
			found.addAll(search(AuditEvent.class, events, SearchParameterMap.newSynchronous()
					.add(AuditEvent.SP_AGENT, new ReferenceParam(patient))
					.add(AuditEvent.SP_DATE, around(access))));
		}
		List<WorkItem> coordination = of(items, i -> "2E.2".equals(i.factor()));
		if (!coordination.isEmpty()) {
			found.addAll(search(Task.class, events, byPatient(patient)
					.add(Task.SP_CODE, new TokenParam(CS_ARTIFACT, TRANSITION_COORDINATION))
					.add(Task.SP_AUTHORED_ON, around(coordination))));
		}
		List<WorkItem> followUp = of(items, i -> "2E.1".equals(i.factor()));
		if (!followUp.isEmpty()) {
			// Only the classes and statuses the rules accept: the stay itself and other admissions are not read.
			found.addAll(search(Encounter.class, events, byPatient(patient)
					.add(Encounter.SP_CLASS, anyOf(V3_ACT_CODE, EvidenceRules.FOLLOW_UP_CLASSES))
					.add(Encounter.SP_DATE, around(followUp))));
			found.addAll(search(Appointment.class, events, byPatient(patient)
					.add(Appointment.SP_STATUS, anyOf(null, EvidenceRules.BOOKED.stream()
							.map(Appointment.AppointmentStatus::toCode).toList()))
					.add(Appointment.SP_DATE, around(followUp))));
		}
		List<WorkItem> hra = of(items, i -> "2B.3".equals(i.factor()));
		if (!hra.isEmpty()) {
			found.addAll(search(QuestionnaireResponse.class, events, byPatient(patient)
					.add(QuestionnaireResponse.SP_STATUS, new TokenParam("completed"))
					.add(QuestionnaireResponse.SP_AUTHORED, around(hra))));
		}
		if (items.stream().anyMatch(i -> "2C.2".equals(i.factor()))) {
			// CarePlan has no search parameter on created or the revision date: the rules date each version.
			found.addAll(search(CarePlan.class, events, byPatient(patient)
					.add(CarePlan.SP_CATEGORY, new TokenParam(CS_ARTIFACT, ICP))));
		}
		return found;
	}

	private <T extends Resource> List<T> search(Class<T> type, Set<String> skipped, SearchParameterMap map) {
		return store.ids(type, map).stream()
				.filter(id -> !skipped.contains(id.toUnqualifiedVersionless().getValue()))
				.map(id -> store.read(id, type))
				.toList();
	}

	private static List<WorkItem> of(List<WorkItem> items, Predicate<WorkItem> kind) {
		return items.stream().filter(kind).toList();
	}

	/**
	 * The items' windows together, widened by a day on each side (indexes hold instants, the rules compare calendar
	 * dates in the plan's zone); open-ended when one is an HRA-due item, which any later HRA closes.
	 */
	private static DateRangeParam around(List<WorkItem> items) {
		LocalDate opens = items.stream().map(WorkItem::opens).min(Comparator.naturalOrder()).orElseThrow();
		LocalDate due = items.stream().map(WorkItem::due).max(Comparator.naturalOrder()).orElseThrow();
		DateParam from = new DateParam(ParamPrefixEnum.GREATERTHAN_OR_EQUALS, opens.minusDays(1).toString());
		boolean openEnded = items.stream().anyMatch(i -> "2B.3".equals(i.factor()) && i.anchor() != WorkItem.Anchor.DISCHARGE);
		return openEnded ? new DateRangeParam(from)
				: new DateRangeParam(from, new DateParam(ParamPrefixEnum.LESSTHAN_OR_EQUALS, due.plusDays(1).toString()));
	}
}
