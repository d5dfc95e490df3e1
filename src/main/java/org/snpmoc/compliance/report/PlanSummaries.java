package org.snpmoc.compliance.report;

import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.MeasureReport;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.MocEvaluationService;
import org.snpmoc.compliance.MocEvaluationService.PatientEvaluation;
import org.springframework.stereotype.Service;

/**
 * The plan's summary, computed in one request or in parts by the plan evaluation job: both tally beneficiaries
 * here and build the report here, so their answers cannot differ.
 */
@Service
public class PlanSummaries {
	private final MocEvaluationService evaluation;

	public PlanSummaries(MocEvaluationService evaluation) {
		this.evaluation = evaluation;
	}

	public MocEvaluationService evaluation() {
		return evaluation;
	}

	/** Every beneficiary enrolled at asOf. */
	public PlanTally tallyPlan(EvaluationContext context) {
		PlanTally tally = new PlanTally();
		evaluation.forEachEnrolled(context, e -> add(tally, e));
		return tally;
	}

	/** Some of the plan's beneficiaries. */
	public PlanTally tallyPart(List<String> patientIds, EvaluationContext context) {
		PlanTally tally = new PlanTally();
		evaluation.forEach(patientIds, context, e -> add(tally, e));
		return tally;
	}

	/** The summary MeasureReport of a tally of the whole plan, with the staff checks read now. */
	public MeasureReport summary(EvaluationContext context, PlanTally tally, Date now) {
		return SummaryReportBuilder.build(context, evaluation.factors().planFactorCodes(),
				evaluation.evaluateStaff(context), tally, evaluation.policy().getPlanThreshold(), now);
	}

	private static void add(PlanTally tally, PatientEvaluation e) {
		tally.add(e.results(), PlanStrata.of(new CareRecord(e.record(), e.context())));
	}
}
