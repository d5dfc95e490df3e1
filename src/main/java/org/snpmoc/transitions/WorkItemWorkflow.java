package org.snpmoc.transitions;

import static org.snpmoc.contract.MocCodes.V3_ACT_CODE;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.snpmoc.compliance.ClinicalDates;
import org.snpmoc.compliance.MocPolicy;
import org.snpmoc.contract.IctRole;
import org.snpmoc.hra.HraInstruments;
import org.snpmoc.transitions.WorkItem.Anchor;
import org.springframework.stereotype.Component;

/** Turns stored events (a stay, an enrollment, an HRA) into the work items they open. */
@Component
class WorkItemWorkflow {
	/** v3-ActCode classes of a care transition; NONAC covers skilled nursing and rehabilitation stays. */
	static final Set<String> TRANSITION_CLASSES = Set.of("IMP", "ACUTE", "NONAC");

	private final WorkItemService service;
	private final WorkItemPlanner planner;
	private final ZoneId zone;

	WorkItemWorkflow(DaoRegistry daos, MocPolicy policy, HraInstruments instruments) {
		this.service = new WorkItemService(daos, policy, instruments);
		this.planner = new WorkItemPlanner(policy);
		this.zone = policy.getTimeZone();
	}

	static boolean isTransition(Encounter encounter) {
		return V3_ACT_CODE.equals(encounter.getClass_().getSystem())
				&& TRANSITION_CLASSES.contains(encounter.getClass_().getCode())
				&& encounter.getStatus() != Encounter.EncounterStatus.CANCELLED
				&& encounter.getStatus() != Encounter.EncounterStatus.ENTEREDINERROR;
	}

	/** Admission steps once the stay is on record, discharge steps once it has its discharge date. */
	void onStay(Encounter encounter) {
		Stay stay = stay(encounter);
		if (stay == null) {
			return;
		}
		List<CareTeam> icts = service.icts(stay.patient());
		service.open(planner.admission(stay, coordinator(icts, stay.admitted())));
		if (stay.discharged() != null) {
			String admissionNotice = WorkItem.idFor(idOf(stay.encounter()), "2E.6", Anchor.ADMISSION);
			service.open(planner.discharge(stay, service.completed(admissionNotice), coordinator(icts, stay.discharged())));
		}
	}

	void onEnrollment(Coverage coverage) {
		String patient = References.patientOf(coverage);
		LocalDate enrolled = ClinicalDates.start(coverage.getPeriod(), zone);
		if (patient.isEmpty() || enrolled == null || coverage.getStatus() != Coverage.CoverageStatus.ACTIVE) {
			return;
		}
		String owner = IctOwner.of(service.icts(patient), enrolled, zone, IctRole.CARE_COORDINATOR);
		service.open(List.of(planner.enrollment(References.key(coverage), patient, enrolled, owner)));
	}

	void onHra(QuestionnaireResponse hra) {
		String patient = References.patientOf(hra);
		LocalDate authored = ClinicalDates.toDate(hra.getAuthoredElement(), zone);
		if (patient.isEmpty() || authored == null) {
			return;
		}
		String owner = IctOwner.of(service.icts(patient), authored, zone, IctRole.CARE_COORDINATOR);
		service.open(List.of(planner.annual(References.key(hra), patient, authored, owner)));
	}

	void onEvidence(Resource evidence) {
		service.closeWith(evidence);
	}

	private Stay stay(Encounter encounter) {
		String patient = References.patientOf(encounter);
		LocalDate admitted = ClinicalDates.start(encounter.getPeriod(), zone);
		if (patient.isEmpty() || admitted == null) {
			return null;
		}
		Reference destination = encounter.getHospitalization().getDestination();
		String setting = References.key(encounter.getServiceProvider());
		return new Stay(References.key(encounter), patient, admitted,
				ClinicalDates.end(encounter.getPeriod(), zone),
				setting.isEmpty() ? null : setting, destination.hasReference(), nextSetting(destination));
	}

	/** The ICP goes to the organization that runs the destination (2E.3). */
	private String nextSetting(Reference destination) {
		if (!destination.hasReference()) {
			return null;
		}
		return service.read(References.key(destination), Location.class)
				.map(l -> References.key(l.getManagingOrganization()))
				.filter(key -> !key.isEmpty())
				.orElse(null);
	}

	private String coordinator(List<CareTeam> icts, LocalDate on) {
		return IctOwner.of(icts, on, zone, IctRole.TRANSITION_COORDINATOR, IctRole.CARE_COORDINATOR);
	}

	private static String idOf(String key) {
		return key.substring(key.indexOf('/') + 1);
	}
}
