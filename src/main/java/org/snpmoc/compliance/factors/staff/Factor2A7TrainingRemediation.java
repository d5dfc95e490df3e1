package org.snpmoc.compliance.factors.staff;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.TRAINING_REMEDIATION;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Task;
import org.snpmoc.compliance.ClinicalDates;
import org.snpmoc.compliance.Codes;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;

/**
 * 2A.7: every staff member whose MOC training is overdue (a missed 2A.5 window in scope) has an open or
 * completed training-remediation Task for them or one of their roles.
 */
public final class Factor2A7TrainingRemediation implements StaffFactorEvaluator {
	private final TrainingWindows training;

	public Factor2A7TrainingRemediation(int trainingInitialDays, int trainingRenewalDays) {
		this.training = new TrainingWindows(trainingInitialDays, trainingRenewalDays);
	}

	@Override
	public String factor() {
		return "2A.7";
	}

	@Override
	public StaffFactorResult evaluate(StaffRoster roster, EvaluationContext context) {
		List<TrainingWindows.StaffTraining> overdue = training.ofStaff(roster, context).stream()
				.filter(s -> s.result().outcome() == Outcome.NOT_MET)
				.toList();
		if (overdue.isEmpty()) {
			return new StaffFactorResult(FactorResult.of(factor(), Outcome.MET,
					"no staff member's MOC training is overdue at " + context.asOf() + ", so there is nothing to remediate",
					List.of()), 0, 0);
		}
		List<String> evidence = new ArrayList<>();
		List<String> unremediated = new ArrayList<>();
		for (var member : overdue) {
			evidence.add(member.staffKey());
			Optional<Task> task = remediation(member.staffKey(), roster, context);
			task.ifPresentOrElse(t -> evidence.add(PatientRecord.key(t)), () -> unremediated.add(member.name()));
		}
		int remediated = overdue.size() - unremediated.size();
		FactorResult result = unremediated.isEmpty()
				? FactorResult.of(factor(), Outcome.MET, "each of the " + overdue.size()
						+ " staff members with overdue MOC training has a training-remediation Task", evidence)
				: FactorResult.of(factor(), Outcome.NOT_MET, "no training-remediation Task for overdue MOC training of "
						+ String.join(", ", unremediated), evidence);
		return new StaffFactorResult(result, overdue.size(), remediated);
	}

	private static Optional<Task> remediation(String staffKey, StaffRoster roster, EvaluationContext context) {
		Set<String> targets = new HashSet<>(List.of(staffKey));
		roster.rolesOf(staffKey).forEach(r -> targets.add(PatientRecord.key(r)));
		return roster.tasks().stream()
				.filter(t -> Codes.has(t.getCode(), CS_ARTIFACT, TRAINING_REMEDIATION))
				.filter(t -> !MocRules.isVoid(t))
				.filter(t -> !t.hasAuthoredOn() || context.known(
						ClinicalDates.toDate(t.getAuthoredOnElement(), context.zone())))
				.filter(t -> targets.contains(PatientRecord.key(t.getFor())) || targets.contains(PatientRecord.key(t.getOwner())))
				.findFirst();
	}
}
