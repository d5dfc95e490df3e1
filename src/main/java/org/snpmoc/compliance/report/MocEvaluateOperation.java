package org.snpmoc.compliance.report;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.util.Arrays;
import java.util.Date;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.StringType;
import org.snpmoc.analytics.MocEvaluateStatusOperation;
import org.snpmoc.analytics.PlanEvaluationJobs;
import org.snpmoc.compliance.AsOfParameter;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.MocEvaluationService;
import org.snpmoc.compliance.MocEvaluationService.PatientEvaluation;
import org.snpmoc.config.FhirOperationProvider;
import org.snpmoc.contract.MocCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * $moc-evaluate: a beneficiary's MOC element 2 report (on a Patient) or the plan's summary (system level); with
 * {@code Prefer: respond-async} the plan's summary is computed by a batch job and stored (202 and a status URL).
 */
@Component
public class MocEvaluateOperation implements FhirOperationProvider {
	private static final Logger LOG = LoggerFactory.getLogger(MocEvaluateOperation.class);
	private final MocEvaluationService evaluation;
	private final PlanSummaries summaries;
	private final PlanEvaluationJobs jobs;

	public MocEvaluateOperation(MocEvaluationService evaluation, PlanSummaries summaries, PlanEvaluationJobs jobs) {
		this.evaluation = evaluation;
		this.summaries = summaries;
		this.jobs = jobs;
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
	public IBaseResource evaluatePlan(@OperationParam(name = "asOf", typeName = "date", max = 1) IPrimitiveType<?> asOf,
			ServletRequestDetails request) {
		EvaluationContext context = evaluation.context(AsOfParameter.parse(asOf));
		if (respondAsync(request)) {
			String jobId = jobs.start(context);
			LOG.info("Plan evaluation as of {} started as job {}", context.asOf(), jobId);
			request.getServletResponse().setStatus(202);
			request.getServletResponse().addHeader("Content-Location",
					request.getFhirServerBase() + "/" + MocEvaluateStatusOperation.NAME + "?_jobId=" + jobId);
			OperationOutcome accepted = new OperationOutcome();
			accepted.addIssue().setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
					.setCode(OperationOutcome.IssueType.INFORMATIONAL)
					.setDiagnostics("Plan evaluation as of " + context.asOf() + " started; poll the Content-Location");
			return accepted;
		}
		long started = System.nanoTime();
		PlanTally tally = summaries.tallyPlan(context);
		MeasureReport report = summaries.summary(context, tally, new Date());
		LOG.info("Plan summary as of {}: {} beneficiaries in {} ms", context.asOf(), tally.beneficiaries(),
				(System.nanoTime() - started) / 1_000_000);
		return report;
	}

	/** The Prefer header asks for the asynchronous pattern (RFC 7240 {@code respond-async}). */
	private static boolean respondAsync(ServletRequestDetails request) {
		return request.getHeaders("Prefer").stream()
				.flatMap(h -> Arrays.stream(h.split("[,;]")))
				.anyMatch(p -> "respond-async".equalsIgnoreCase(p.trim()));
	}
}
