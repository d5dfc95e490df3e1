package org.snpmoc.compliance.factors.ict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.contract.IctRole;

/** 2D.2: every member of the active ICT has an ict-role, and exactly one care-coordinator active at asOf leads it. */
public final class Factor2D2IctRoles implements FactorEvaluator {
	private final ActiveIct activeIct;

	public Factor2D2IctRoles(int initialHraDays, int hraToIctDays) {
		this.activeIct = new ActiveIct(initialHraDays, hraToIctDays);
	}

	@Override
	public String factor() {
		return "2D.2";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		Optional<CareTeam> ict = ActiveIct.of(care);
		if (ict.isEmpty()) {
			return activeIct.missing(factor(), care);
		}
		List<CareTeamParticipantComponent> participants = ict.get().getParticipant();
		List<String> withoutRole = new ArrayList<>();
		for (int i = 0; i < participants.size(); i++) {
			if (IctParticipants.roles(participants.get(i)).isEmpty()) {
				String member = PatientRecord.key(participants.get(i).getMember());
				withoutRole.add(member.isEmpty() ? "participant " + (i + 1) : member);
			}
		}
		long coordinators = participants.stream()
				.filter(p -> IctParticipants.hasRole(p, IctRole.CARE_COORDINATOR.code()))
				.filter(p -> IctParticipants.activeOn(p, context.asOf(), context.zone()))
				.count();
		List<String> problems = new ArrayList<>();
		if (!withoutRole.isEmpty()) {
			problems.add("no ict-role for " + String.join(", ", withoutRole));
		}
		if (coordinators != 1) {
			problems.add(coordinators + " active care-coordinators instead of exactly one");
		}
		String team = "the active ICT " + PatientRecord.key(ict.get());
		List<String> evidence = List.of(PatientRecord.key(ict.get()));
		if (!problems.isEmpty()) {
			return FactorResult.of(factor(), Outcome.NOT_MET, team + ": " + String.join("; ", problems), evidence);
		}
		return FactorResult.of(factor(), Outcome.MET,
				team + ": every member has an ict-role and one active care-coordinator leads it", evidence);
	}
}
