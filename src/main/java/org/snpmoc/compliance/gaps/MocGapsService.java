package org.snpmoc.compliance.gaps;

import java.util.ArrayList;
import java.util.List;
import org.snpmoc.compliance.ComplianceProperties;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.MocEvaluationService;
import org.snpmoc.compliance.MocEvaluationService.PatientEvaluation;
import org.snpmoc.compliance.factors.staff.StaffFactorResult;
import org.springframework.stereotype.Service;

/** The work lists of $moc-gaps: one beneficiary's, or the plan's (every enrolled beneficiary plus staff training). */
@Service
public class MocGapsService {
	private static final String STAFF_TRAINING = "2A.5";

	private final MocEvaluationService evaluation;
	private final GapFinder finder;

	public MocGapsService(MocEvaluationService evaluation, ComplianceProperties properties) {
		this.evaluation = evaluation;
		this.finder = new GapFinder(properties.gapsHorizonDays());
	}

	public List<Gap> forPatient(String patientId, EvaluationContext context) {
		PatientEvaluation result = evaluation.evaluatePatient(patientId, context);
		return sorted(finder.find(result.results(), result.record().patientKey(), context));
	}

	/** Beneficiary items (staff training once, from the roster, not once per ICT) and the staff's training items. */
	public List<Gap> forPlan(EvaluationContext context) {
		List<Gap> gaps = new ArrayList<>();
		evaluation.forEachEnrolled(context, e -> {
			List<FactorResult> care = e.results().stream().filter(r -> !STAFF_TRAINING.equals(r.factor())).toList();
			gaps.addAll(finder.find(care, e.record().patientKey(), context));
		});
		List<FactorResult> training = evaluation.evaluateStaff(context).stream()
				.map(StaffFactorResult::result)
				.filter(r -> STAFF_TRAINING.equals(r.factor()))
				.toList();
		gaps.addAll(finder.find(training, "", context));
		return sorted(gaps);
	}

	private static List<Gap> sorted(List<Gap> gaps) {
		return gaps.stream().sorted(Gap.WORK_ORDER).toList();
	}
}
