package org.snpmoc.analytics;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.snpmoc.analytics.PlanEvaluationJobs.Progress;
import org.snpmoc.config.FhirOperationProvider;
import org.springframework.stereotype.Component;

/**
 * {@code $moc-evaluate-status?_jobId=…}: the status of an asynchronous plan evaluation, as the Bulk Data status
 * request answers it: 202 with {@code X-Progress} while it runs, 200 with the stored summary when complete, 500 when
 * it failed, 404 for an unknown or cancelled job, 400 without a job id; DELETE cancels a running job (202).
 */
@Component
public class MocEvaluateStatusOperation implements FhirOperationProvider {
	public static final String NAME = "$moc-evaluate-status";
	private static final String FHIR_JSON = "application/fhir+json;charset=utf-8";

	private final PlanEvaluationJobs jobs;
	private final DaoRegistry daos;
	private final FhirContext fhir;

	public MocEvaluateStatusOperation(PlanEvaluationJobs jobs, DaoRegistry daos, FhirContext fhir) {
		this.jobs = jobs;
		this.daos = daos;
		this.fhir = fhir;
	}

	@Operation(name = NAME, manualResponse = true, idempotent = true, deleteEnabled = true)
	public void status(@OperationParam(name = "_jobId", typeName = "string", min = 1, max = 1) IPrimitiveType<String> jobId,
			ServletRequestDetails request) throws IOException {
		HttpServletResponse response = request.getServletResponse();
		String id = jobId == null ? null : jobId.getValueAsString();
		if (id == null || id.isBlank()) {
			write(response, 400, outcome(OperationOutcome.IssueSeverity.ERROR, OperationOutcome.IssueType.REQUIRED,
					"_jobId is required: the id in the Content-Location of the kick-off's answer"));
			return;
		}
		if (request.getRequestType() == RequestTypeEnum.DELETE) {
			if (jobs.cancel(id)) {
				write(response, 202, outcome(OperationOutcome.IssueSeverity.INFORMATION, OperationOutcome.IssueType.INFORMATIONAL,
						"Cancellation of plan evaluation " + id + " requested"));
			} else {
				notFound(response, id, "or it has already ended");
			}
			return;
		}
		Optional<Progress> progress = jobs.progress(id);
		if (progress.isEmpty()) {
			notFound(response, id, "");
			return;
		}
		switch (progress.get().state()) {
			case RUNNING -> {
				response.addHeader("X-Progress", progress.get().chunksTotal() == 0 ? "Listing the enrolled beneficiaries"
						: "Evaluated " + progress.get().chunksDone() + " of " + progress.get().chunksTotal() + " chunks");
				response.addHeader("Retry-After", "2");
				response.setStatus(202);
			}
			case COMPLETE -> {
				String reference = progress.get().measureReport();
				MeasureReport report = daos.getResourceDao(MeasureReport.class)
						.read(new IdType(reference), new SystemRequestDetails());
				response.addHeader("Content-Location", request.getFhirServerBase() + "/" + reference);
				write(response, 200, report);
			}
			case FAILED -> write(response, 500, outcome(OperationOutcome.IssueSeverity.ERROR,
					OperationOutcome.IssueType.EXCEPTION, "The plan evaluation " + id + " failed; the server log tells why"));
			case CANCELLED -> notFound(response, id, "(it was cancelled)");
		}
	}

	private void notFound(HttpServletResponse response, String id, String more) throws IOException {
		String shown = id == null ? "" : id.replaceAll("[^A-Za-z0-9-]", "?");
		shown = shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
		write(response, 404, outcome(OperationOutcome.IssueSeverity.ERROR, OperationOutcome.IssueType.NOTFOUND,
				("No running or complete plan evaluation with _jobId '" + shown + "' " + more).trim()));
	}

	private static OperationOutcome outcome(OperationOutcome.IssueSeverity severity, OperationOutcome.IssueType type,
			String text) {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue().setSeverity(severity).setCode(type).setDiagnostics(text);
		return outcome;
	}

	private void write(HttpServletResponse response, int status, IBaseResource body) throws IOException {
		response.setStatus(status);
		response.setContentType(FHIR_JSON);
		fhir.newJsonParser().encodeResourceToWriter(body, response.getWriter());
		response.getWriter().flush();
	}
}
