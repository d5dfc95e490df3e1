package org.snpmoc.compliance.factors.transitions;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Encounter;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.ClinicalDates;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.compliance.Trigger;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.WindowChain.Event;

/** 2E.1: each discharge is followed by an ambulatory, home-health or virtual visit, or a booked appointment. */
public final class Factor2E1FollowUp implements FactorEvaluator {
	private final int followUpDays;

	public Factor2E1FollowUp(int followUpDays) {
		this.followUpDays = followUpDays;
	}

	@Override
	public String factor() {
		return "2E.1";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		List<Event> followUps = followUps(care);
		List<Window> windows = care.transitions().stream()
				.filter(t -> t.discharged() != null)
				.map(t -> TransitionWindows.window(factor(),
						"follow-up visit or booked appointment within " + followUpDays + " days of " + TransitionWindows.discharge(t),
						t.discharged(), t.discharged().plusDays(followUpDays), followUps, List.of(t.key()), context.asOf())
						.triggeredBy(Trigger.discharge(t.key())))
				.toList();
		return TransitionWindows.combine(factor(), windows, context);
	}

	private static List<Event> followUps(CareRecord care) {
		var zone = care.context().zone();
		List<Event> events = new ArrayList<>();
		care.record().all(Encounter.class).stream()
				.filter(MocRules::isFollowUp)
				.forEach(e -> events.add(new Event(ClinicalDates.start(e.getPeriod(), zone), PatientRecord.key(e))));
		String patient = care.record().patientKey();
		care.record().all(Appointment.class).stream()
				.filter(MocRules::isBooked)
				.filter(a -> a.getParticipant().stream().anyMatch(p -> patient.equals(PatientRecord.key(p.getActor()))))
				.forEach(a -> events.add(new Event(care.date(a.getStartElement()), PatientRecord.key(a))));
		return events;
	}
}
