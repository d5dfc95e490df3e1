package org.snpmoc.compliance.factors.transitions;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.TRANSITION_COORDINATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.CareRecord.Transition;
import org.snpmoc.compliance.Codes;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.factors.ict.IctParticipants;
import org.snpmoc.contract.IctRole;

/**
 * Who is responsible for a transition (2E.2, reused by 2E.6): a transition-coordinator or care-coordinator on
 * any of the beneficiary's ICTs whose participation covers the admission date, or the staff owner of a
 * transition-coordination Task authored within the allowed days of admission (and, if it names one, for this stay).
 */
final class TransitionCoordinators {

	/**
	 * @param staff    references a notice may name for this coordinator (the PractitionerRole and its Practitioner)
	 * @param on       the date the coordinator is on record for the transition
	 * @param evidence the CareTeam or Task that says so
	 */
	record Coordinator(Set<String> staff, LocalDate on, String evidence) {}

	private final int taskDays;

	TransitionCoordinators(int taskDays) {
		this.taskDays = taskDays;
	}

	List<Coordinator> of(Transition transition, CareRecord care) {
		List<Coordinator> coordinators = new ArrayList<>();
		LocalDate admitted = transition.admitted();
		for (CareTeam ict : care.icts()) {
			if (ict.getStatus() == CareTeam.CareTeamStatus.ENTEREDINERROR) {
				continue;
			}
			ict.getParticipant().stream()
					.filter(p -> IctParticipants.hasRole(p, IctRole.TRANSITION_COORDINATOR.code(), IctRole.CARE_COORDINATOR.code()))
					.filter(p -> IctParticipants.activeOn(p, admitted, care.context().zone()))
					.forEach(p -> coordinators.add(new Coordinator(staff(p.getMember(), care), admitted, PatientRecord.key(ict))));
		}
		care.record().all(Task.class).stream()
				.filter(t -> Codes.has(t.getCode(), CS_ARTIFACT, TRANSITION_COORDINATION))
				.filter(t -> !MocRules.isVoid(t))
				.filter(t -> isStaff(t.getOwner()))
				.filter(t -> concerns(t, transition))
				.forEach(t -> {
					LocalDate authored = care.date(t.getAuthoredOnElement());
					if (authored != null && !authored.isBefore(admitted) && !authored.isAfter(admitted.plusDays(taskDays))
							&& care.context().known(authored)) {
						coordinators.add(new Coordinator(staff(t.getOwner(), care), authored, PatientRecord.key(t)));
					}
				});
		return coordinators;
	}

	private static boolean isStaff(Reference owner) {
		String key = PatientRecord.key(owner);
		return key.startsWith("PractitionerRole/") || key.startsWith("Practitioner/");
	}

	/** A Task that names a stay (focus or encounter) must name this one. */
	private static boolean concerns(Task task, Transition transition) {
		String stay = transition.key();
		boolean focusOk = !task.hasFocus() || stay.equals(PatientRecord.key(task.getFocus()));
		boolean encounterOk = !task.hasEncounter() || stay.equals(PatientRecord.key(task.getEncounter()));
		return focusOk && encounterOk;
	}

	private static Set<String> staff(Reference member, CareRecord care) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(PatientRecord.key(member));
		care.record().resolve(member, PractitionerRole.class)
				.ifPresent(role -> keys.add(PatientRecord.key(role.getPractitioner())));
		keys.remove("");
		return keys;
	}
}
