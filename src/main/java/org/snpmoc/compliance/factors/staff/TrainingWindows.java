package org.snpmoc.compliance.factors.staff;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.MOC_TRAINING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Practitioner.PractitionerQualificationComponent;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.snpmoc.compliance.ClinicalDates;
import org.snpmoc.compliance.Codes;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.Windows;
import org.snpmoc.compliance.WindowChain;

/**
 * The MOC training deadlines of a staff member in a role (2A.5, also read by 2A.7): a first training within the
 * initial days of starting the role, then each next one within the renewal days of the previous one. A role that
 * has ended owes no training due after its end.
 */
final class TrainingWindows {
	static final String FACTOR = "2A.5";

	/** One staff member's roles in scope and the combined outcome of their training windows. */
	record StaffTraining(String staffKey, String name, List<PractitionerRole> roles, FactorResult result) {}

	private final int initialDays;
	private final int renewalDays;

	TrainingWindows(int initialDays, int renewalDays) {
		this.initialDays = initialDays;
		this.renewalDays = renewalDays;
	}

	/** @param practitioner the staff member holding the role, or null when it cannot be found */
	List<Window> forRole(PractitionerRole role, Practitioner practitioner, EvaluationContext context) {
		LocalDate start = ClinicalDates.start(role.getPeriod(), context.zone());
		if (!context.known(start)) {
			return List.of();
		}
		String staffKey = staffKey(role);
		String subject = "MOC training of " + name(practitioner, staffKey);
		List<WindowChain.Event> trainings = trainings(practitioner).stream()
				.map(q -> new WindowChain.Event(ClinicalDates.start(q.getPeriod(), context.zone()), staffKey))
				.toList();
		String function = StaffRoster.function(role);
		String firstWhat = subject + " within " + initialDays + " days of starting the "
				+ (function == null ? "" : function + " ") + "role on " + start;
		List<Window> windows = WindowChain.overEvents(FACTOR, subject, renewalDays, trainings, context.asOf())
				.from(firstWhat, start, start.plusDays(initialDays), List.of(PatientRecord.key(role), staffKey), context.asOf());
		LocalDate end = ClinicalDates.end(role.getPeriod(), context.zone());
		return windows.stream()
				.filter(w -> end == null || w.isSatisfied(context.asOf()) || !w.deadline().isAfter(end))
				.toList();
	}

	/** The windows of several roles as one outcome; a renewal shared by two roles of one person counts once. */
	FactorResult combine(List<PractitionerRole> roles, Map<String, Practitioner> practitioners, EvaluationContext context,
			String whyNotApplicable) {
		Map<String, Window> unique = new LinkedHashMap<>();
		for (PractitionerRole role : roles) {
			for (Window w : forRole(role, practitioners.get(staffKey(role)), context)) {
				unique.putIfAbsent(w.what() + "|" + w.deadline(), w);
			}
		}
		return Windows.combine(FACTOR, new ArrayList<>(unique.values()), context, whyNotApplicable);
	}

	/** Every staff member with an active role, each judged over all their active roles. */
	List<StaffTraining> ofStaff(StaffRoster roster, EvaluationContext context) {
		Map<String, List<PractitionerRole>> byStaff = new LinkedHashMap<>();
		roster.activeRoles(context).forEach(r -> byStaff.computeIfAbsent(staffKey(r), k -> new ArrayList<>()).add(r));
		List<StaffTraining> staff = new ArrayList<>();
		byStaff.forEach((key, roles) -> {
			Map<String, Practitioner> practitioner = new LinkedHashMap<>();
			roster.practitioner(roles.get(0).getPractitioner()).ifPresent(p -> practitioner.put(key, p));
			String name = name(practitioner.get(key), key);
			staff.add(new StaffTraining(key, name, roles,
					combine(roles, practitioner, context, "no MOC training due yet for " + name)));
		});
		return staff;
	}

	static List<PractitionerQualificationComponent> trainings(Practitioner practitioner) {
		if (practitioner == null) {
			return List.of();
		}
		return practitioner.getQualification().stream()
				.filter(q -> Codes.has(q.getCode(), CS_ARTIFACT, MOC_TRAINING))
				.toList();
	}

	/** The staff member's key: the role's Practitioner, or the role itself when it names none. */
	static String staffKey(PractitionerRole role) {
		String key = PatientRecord.key(role.getPractitioner());
		return key.isEmpty() ? PatientRecord.key(role) : key;
	}

	static String name(Practitioner practitioner, String key) {
		if (practitioner != null && practitioner.hasName()) {
			String name = practitioner.getNameFirstRep().getNameAsSingleString();
			if (name != null && !name.isBlank()) {
				return name + " (" + key + ")";
			}
		}
		return key;
	}
}
