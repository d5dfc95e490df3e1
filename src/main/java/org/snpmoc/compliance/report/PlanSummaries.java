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
	private final List<PlanSummaryPart> parts;

	public PlanSummaries(MocEvaluationService evaluation, List<PlanSummaryPart> parts) {
		this.evaluation = evaluation;
		this.parts = parts;
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

	/**
	 * The summary MeasureReport of a tally of the whole plan, with the staff checks read now, followed by the plan-level
	 * measures of their own (admission notice timeliness).
	 */
	public MeasureReport summary(EvaluationContext context, PlanTally tally, Date now) {
		MeasureReport report = SummaryReportBuilder.build(context, evaluation.factors().planFactorCodes(),
				evaluation.evaluateStaff(context), tally, evaluation.policy().getPlanThreshold(), now);
		parts.forEach(part -> part.addTo(report, context));
		return report;
	}

	private static void add(PlanTally tally, PatientEvaluation e) {
		tally.add(e.results(), PlanStrata.of(new CareRecord(e.record(), e.context())));
	}
}
