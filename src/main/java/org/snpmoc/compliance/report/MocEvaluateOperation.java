package org.snpmoc.compliance.report;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.StringType;
import org.snpmoc.compliance.AsOfParameter;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.MocEvaluationService;
import org.snpmoc.compliance.MocEvaluationService.PatientEvaluation;
import org.snpmoc.config.FhirOperationProvider;
import org.snpmoc.contract.MocCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** $moc-evaluate: a beneficiary's MOC element 2 report (on a Patient) or the plan's summary (system level). */
@Component
public class MocEvaluateOperation implements FhirOperationProvider {
	private static final Logger LOG = LoggerFactory.getLogger(MocEvaluateOperation.class);
	private final MocEvaluationService evaluation;
	private final List<PlanSummaryPart> parts;

	public MocEvaluateOperation(MocEvaluationService evaluation, List<PlanSummaryPart> parts) {
		this.evaluation = evaluation;
		this.parts = parts;
	}

	@Operation(name = "$moc-evaluate", idempotent = true, typeName = "Patient")
	public MeasureReport evaluatePatient(
			@IdParam IdType patient, @OperationParam(name = "asOf", typeName = "date", max = 1) IPrimitiveType<?> asOf) {
		EvaluationContext context = evaluation.context(AsOfParameter.parse(asOf));
		PatientEvaluation result = evaluation.evaluatePatient(patient.getIdPart(), context);
		MeasureReport report = IndividualReportBuilder.build(result.record(), context, result.results(), new Date());
		if (result.notJudged() != null) {
			report.addExtension(MocCodes.EXT_MOC_REASON, new StringType(result.notJudged()));
		}
		return report;
	}

	@Operation(name = "$moc-evaluate", idempotent = true)
	public MeasureReport evaluatePlan(@OperationParam(name = "asOf", typeName = "date", max = 1) IPrimitiveType<?> asOf) {
		EvaluationContext context = evaluation.context(AsOfParameter.parse(asOf));
		long started = System.nanoTime();
		PlanTally tally = new PlanTally();
		evaluation.forEachEnrolled(context, e -> tally.add(e.results()));
		MeasureReport report = SummaryReportBuilder.build(context, evaluation.factors().planFactorCodes(),
				evaluation.evaluateStaff(context), tally, evaluation.policy().getPlanThreshold(), new Date());
		parts.forEach(part -> part.addTo(report, context));
		LOG.info("Plan summary as of {}: {} beneficiaries in {} ms", context.asOf(), tally.beneficiaries(),
				(System.nanoTime() - started) / 1_000_000);
		return report;
	}
}
