package org.snpmoc.compliance.factors.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.factors.ict.IctParticipants;

/**
 * 2A.5: staff complete MOC training within the initial days of starting a role, then within the renewal days of
 * the previous training. For the plan, over every staff member with an active role; for one beneficiary, over the
 * PractitionerRoles on their ICTs whose participation overlaps the look-back year, active or not.
 */
public final class Factor2A5StaffTraining implements StaffFactorEvaluator, FactorEvaluator {
	private final TrainingWindows training;

	public Factor2A5StaffTraining(int trainingInitialDays, int trainingRenewalDays) {
		this.training = new TrainingWindows(trainingInitialDays, trainingRenewalDays);
	}

	@Override
	public String factor() {
		return TrainingWindows.FACTOR;
	}

	@Override
	public StaffFactorResult evaluate(StaffRoster roster, EvaluationContext context) {
		List<TrainingWindows.StaffTraining> staff = training.ofStaff(roster, context);
		if (staff.isEmpty()) {
			return new StaffFactorResult(FactorResult.of(factor(), Outcome.NOT_APPLICABLE,
					"no staff member holds an active PractitionerRole at " + context.asOf(), List.of()), 0, 0);
		}
		Set<String> evidence = new LinkedHashSet<>();
		List<Window> windows = new ArrayList<>();
		List<String> late = new ArrayList<>();
		int judged = 0;
		int met = 0;
		for (var member : staff) {
			Outcome outcome = member.result().outcome();
			evidence.addAll(member.result().evidence());
			windows.addAll(member.result().windows());
			judged += outcome.isJudged() ? 1 : 0;
			met += outcome.isMet() ? 1 : 0;
			if (outcome == Outcome.NOT_MET) {
				late.add(member.result().reason());
			}
		}
		// The staff members' windows go with the result: the plan's work list reads them.
		FactorResult result = late.isEmpty()
				? new FactorResult(factor(), Outcome.MET, "every staff member with an active role is trained on time ("
						+ met + " judged met, " + (staff.size() - met) + " not yet due)", List.copyOf(evidence), windows)
				: new FactorResult(factor(), Outcome.NOT_MET, late.size() + " of " + staff.size()
						+ " staff members missed MOC training: " + String.join("; ", late), List.copyOf(evidence), windows);
		return new StaffFactorResult(result, judged, met);
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		Map<String, PractitionerRole> roles = new LinkedHashMap<>();
		for (CareTeam ict : care.icts()) {
			if (ict.getStatus() == CareTeam.CareTeamStatus.ENTEREDINERROR) {
				continue;
			}
			ict.getParticipant().stream()
					.filter(p -> IctParticipants.overlaps(p, context.lookBackStart().plusDays(1), context.asOf(), context.zone()))
					.forEach(p -> record.resolve(p.getMember(), PractitionerRole.class)
							.ifPresent(role -> roles.putIfAbsent(PatientRecord.key(role), role)));
		}
		Map<String, Practitioner> practitioners = new LinkedHashMap<>();
		roles.values().forEach(role -> record.resolve(role.getPractitioner(), Practitioner.class)
				.ifPresent(p -> practitioners.put(TrainingWindows.staffKey(role), p)));
		return training.combine(new ArrayList<>(roles.values()), practitioners, context,
				"no PractitionerRole on the beneficiary's ICT in the look-back year has MOC training due");
	}
}
