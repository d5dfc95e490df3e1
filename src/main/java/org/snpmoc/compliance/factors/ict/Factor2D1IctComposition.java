package org.snpmoc.compliance.factors.ict;

import static org.snpmoc.contract.MocCodes.CS_HRA_DOMAIN;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.Codes;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.contract.IctRole;

/**
 * 2D.1: the active ICT includes, among its members active at asOf, the beneficiary or a caregiver, a
 * care-coordinator, and for each need flagged on the latest RiskAssessment a member in a matching role.
 */
public final class Factor2D1IctComposition implements FactorEvaluator {
	private final ActiveIct activeIct;
	private final Map<String, List<String>> needRoles;

	/** @param needRoles for each hra-domain need, the ict-role codes of which the team must include one */
	public Factor2D1IctComposition(int initialHraDays, int hraToIctDays, Map<String, List<String>> needRoles) {
		this.activeIct = new ActiveIct(initialHraDays, hraToIctDays);
		this.needRoles = Map.copyOf(needRoles);
	}

	@Override
	public String factor() {
		return "2D.1";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		Optional<CareTeam> ict = ActiveIct.of(care);
		if (ict.isEmpty()) {
			return activeIct.missing(factor(), care);
		}
		List<CareTeamParticipantComponent> active = ict.get().getParticipant().stream()
				.filter(p -> IctParticipants.activeOn(p, context.asOf(), context.zone()))
				.toList();
		List<String> evidence = new ArrayList<>(List.of(PatientRecord.key(ict.get())));
		List<String> lacking = new ArrayList<>();
		if (active.stream().noneMatch(p -> isBeneficiaryOrCaregiver(p, care))) {
			lacking.add("the beneficiary or a caregiver");
		}
		if (active.stream().noneMatch(p -> IctParticipants.hasRole(p, IctRole.CARE_COORDINATOR.code()))) {
			lacking.add("a care-coordinator");
		}
		Optional<RiskAssessment> latest = care.latestRiskAssessment();
		List<String> needs = latest.map(Factor2D1IctComposition::flaggedNeeds).orElse(List.of());
		latest.ifPresent(ra -> evidence.add(PatientRecord.key(ra)));
		for (String need : needs) {
			List<String> roles = needRoles.get(need);
			if (roles != null && active.stream().noneMatch(p -> IctParticipants.hasRole(p, roles.toArray(String[]::new)))) {
				lacking.add("a " + String.join(" or ", roles) + " for the " + need + " need flagged on "
						+ care.riskOccurrence(latest.get()));
			}
		}
		String team = "the active ICT " + PatientRecord.key(ict.get());
		if (!lacking.isEmpty()) {
			return FactorResult.of(factor(), Outcome.NOT_MET, team + " lacks " + String.join("; ", lacking), evidence);
		}
		String reason = team + " includes the beneficiary or a caregiver and a care-coordinator"
				+ (needs.isEmpty() ? "" : ", and a member for each flagged need (" + String.join(", ", needs) + ")");
		return FactorResult.of(factor(), Outcome.MET, reason, evidence);
	}

	private static boolean isBeneficiaryOrCaregiver(CareTeamParticipantComponent participant, CareRecord care) {
		String member = PatientRecord.key(participant.getMember());
		return member.equals(care.record().patientKey())
				|| member.startsWith("RelatedPerson/")
				|| IctParticipants.hasRole(participant, IctRole.CAREGIVER.code());
	}

	private static List<String> flaggedNeeds(RiskAssessment ra) {
		return ra.getPrediction().stream()
				.map(p -> Codes.codeIn(p.getOutcome(), CS_HRA_DOMAIN))
				.filter(Objects::nonNull)
				.distinct()
				.toList();
	}
}
