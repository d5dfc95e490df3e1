package org.snpmoc.transitions;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.SNP_ENROLLMENT;
import static org.snpmoc.contract.MocCodes.TRANSITION_COORDINATION;
import static org.snpmoc.contract.MocCodes.V3_ACT_CODE;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.svc.IIdHelperService;
import ca.uhn.fhir.jpa.model.dao.JpaPid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.snpmoc.compliance.ClinicalDates;
import org.snpmoc.compliance.Codes;
import org.snpmoc.compliance.MocPolicy;
import org.snpmoc.config.WorkflowProperties;
import org.snpmoc.contract.IctRole;
import org.snpmoc.hra.HraInstruments;
import org.snpmoc.transitions.WorkItem.Anchor;
import org.springframework.stereotype.Component;

/** Turns stored events (a stay, an enrollment, an HRA) into the work items they open, and evidence into closed ones. */
@Component
class WorkItemWorkflow {
	/** v3-ActCode classes of a care transition; NONAC covers skilled nursing and rehabilitation stays. */
	static final Set<String> TRANSITION_CLASSES = Set.of("IMP", "ACUTE", "NONAC");

	private final WorkItemService service;
	private final StoredResources store;
	private final WorkItemPlanner planner;
	private final ZoneId zone;
	private final HraInstruments instruments;
	private final WorkflowProperties properties;

	WorkItemWorkflow(DaoRegistry daos, IIdHelperService<JpaPid> identities, MocPolicy policy,
			HraInstruments instruments, WorkflowProperties properties) {
		this.zone = policy.getTimeZone();
		this.instruments = instruments;
		this.properties = properties;
		this.store = new StoredResources(daos, identities);
		this.service = new WorkItemService(store, zone, new EvidenceRules(zone, instruments::isHra));
		this.planner = new WorkItemPlanner(policy);
	}

	/** Whether the written resource can open or close a work item under the switches as they are. */
	boolean concerns(Resource resource) {
		boolean hra = isHra(resource);
		return closes(resource, hra) || opens(resource, hra);
	}

	/** Closes the items the resource is evidence for, then opens those it causes. */
	void process(Resource resource) {
		boolean hra = isHra(resource);
		// Close first: a new HRA closes the HRA-due item before it opens the next one.
		if (closes(resource, hra)) {
			service.closeWith(resource);
		}
		if (!opens(resource, hra)) {
			return;
		}
		if (resource instanceof Encounter stay) {
			onStay(stay);
		} else if (resource instanceof Coverage enrollment) {
			onEnrollment(enrollment);
		} else {
			onHra((QuestionnaireResponse) resource);
		}
	}

	private boolean closes(Resource resource, boolean hra) {
		return properties.taskClosing().enabled() && (hra || isEvidence(resource));
	}

	private boolean opens(Resource resource, boolean hra) {
		return (properties.transitionTasks().enabled() && resource instanceof Encounter e && isTransition(e))
				|| (properties.hraDueTasks().enabled() && (hra || isEnrollment(resource)));
	}

	private boolean isHra(Resource resource) {
		return resource instanceof QuestionnaireResponse qr
				&& qr.getStatus() == QuestionnaireResponseStatus.COMPLETED && instruments.isHra(qr);
	}

	private static boolean isEnrollment(Resource resource) {
		return resource instanceof Coverage coverage && Codes.has(coverage.getType(), CS_ARTIFACT, SNP_ENROLLMENT);
	}

	/** Kinds of resource that can satisfy a work item; everything else (work items included) is skipped cheaply. */
	private static boolean isEvidence(Resource resource) {
		return resource instanceof Communication
				|| (resource instanceof AuditEvent read && !References.patientOf(read).isEmpty())
				|| resource instanceof Appointment
				|| resource instanceof CarePlan
				|| (resource instanceof Encounter e && !isTransition(e))
				|| (resource instanceof Task t && Codes.has(t.getCode(), CS_ARTIFACT, TRANSITION_COORDINATION));
	}

	static boolean isTransition(Encounter encounter) {
		return V3_ACT_CODE.equals(encounter.getClass_().getSystem())
				&& TRANSITION_CLASSES.contains(encounter.getClass_().getCode())
				&& encounter.getStatus() != Encounter.EncounterStatus.CANCELLED
				&& encounter.getStatus() != Encounter.EncounterStatus.ENTEREDINERROR;
	}

	/**
	 * Admission steps once the stay is on record, discharge steps once it has its discharge date. Every step the
	 * stay can have is looked up at once; the ICT is searched only when a step is written.
	 */
	private void onStay(Encounter encounter) {
		Stay stay = stay(encounter);
		if (stay == null) {
			return;
		}
		Supplier<List<CareTeam>> icts = once(() -> service.icts(stay.patient()));
		List<WorkItem> admission = planner.admission(stay, null);
		List<WorkItem> discharge = stay.discharged() == null ? List.of() : planner.discharge(stay, false, null);
		Map<String, Task> stored = service.stored(Stream.concat(admission.stream(), discharge.stream())
				.map(WorkItem::id).toList());
		service.open(admission, stored, () -> coordinator(icts.get(), stay.admitted()));
		if (stay.discharged() != null) {
			Task notice = stored.get(WorkItem.idFor(idOf(stay.encounter()), "2E.6", Anchor.ADMISSION));
			boolean noticeGiven = notice != null && notice.getStatus() == Task.TaskStatus.COMPLETED;
			service.open(planner.discharge(stay, noticeGiven, null), stored,
					() -> coordinator(icts.get(), stay.discharged()));
		}
	}

	private void onEnrollment(Coverage coverage) {
		String patient = References.patientOf(coverage);
		LocalDate enrolled = ClinicalDates.start(coverage.getPeriod(), zone);
		if (patient.isEmpty() || enrolled == null || coverage.getStatus() != Coverage.CoverageStatus.ACTIVE) {
			return;
		}
		openOne(planner.enrollment(References.key(coverage), patient, enrolled, null),
				() -> IctOwner.of(service.icts(patient), enrolled, zone, IctRole.CARE_COORDINATOR));
	}

	private void onHra(QuestionnaireResponse hra) {
		String patient = References.patientOf(hra);
		LocalDate authored = ClinicalDates.toDate(hra.getAuthoredElement(), zone);
		if (patient.isEmpty() || authored == null) {
			return;
		}
		openOne(planner.annual(References.key(hra), patient, authored, null),
				() -> IctOwner.of(service.icts(patient), authored, zone, IctRole.CARE_COORDINATOR));
	}

	private void openOne(WorkItem item, Supplier<String> owner) {
		service.open(List.of(item), service.stored(List.of(item.id())), owner);
	}

	private Stay stay(Encounter encounter) {
		String patient = References.patientOf(encounter);
		LocalDate admitted = ClinicalDates.start(encounter.getPeriod(), zone);
		if (patient.isEmpty() || admitted == null) {
			return null;
		}
		Reference destination = encounter.getHospitalization().getDestination();
		String setting = References.key(encounter.getServiceProvider());
		LocalDate discharged = ClinicalDates.end(encounter.getPeriod(), zone);
		// Only the discharge steps send the ICP on: before the discharge the destination is not read.
		String nextSetting = discharged == null ? null : nextSetting(destination);
		return new Stay(References.key(encounter), patient, admitted, discharged,
				setting.isEmpty() ? null : setting, destination.hasReference(), nextSetting);
	}

	/** The ICP goes to the organization that runs the destination (2E.3). */
	private String nextSetting(Reference destination) {
		if (!destination.hasReference()) {
			return null;
		}
		return store.read(References.key(destination), Location.class)
				.map(l -> References.key(l.getManagingOrganization()))
				.filter(key -> !key.isEmpty())
				.orElse(null);
	}

	/** The value, computed on first use only. */
	private static <T> Supplier<T> once(Supplier<T> compute) {
		return new Supplier<>() {
			private T value;

			@Override
			public T get() {
				if (value == null) {
					value = compute.get();
				}
				return value;
			}
		};
	}

	private String coordinator(List<CareTeam> icts, LocalDate on) {
		return IctOwner.of(icts, on, zone, IctRole.TRANSITION_COORDINATOR, IctRole.CARE_COORDINATOR);
	}

	private static String idOf(String key) {
		return key.substring(key.indexOf('/') + 1);
	}
}
