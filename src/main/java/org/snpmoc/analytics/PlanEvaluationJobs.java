package org.snpmoc.analytics;

import ca.uhn.fhir.batch2.api.IJobCoordinator;
import ca.uhn.fhir.batch2.model.BatchWorkChunkStatusDTO;
import ca.uhn.fhir.batch2.model.JobInstance;
import ca.uhn.fhir.batch2.model.JobInstanceStartRequest;
import ca.uhn.fhir.batch2.model.StatusEnum;
import ca.uhn.fhir.batch2.model.WorkChunkStatusEnum;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.util.JsonUtil;
import java.util.Optional;
import org.snpmoc.compliance.EvaluationContext;
import org.springframework.stereotype.Service;

/** Starts plan evaluation jobs, tells how one is going, and cancels one. */
@Service
public class PlanEvaluationJobs {
	private final IJobCoordinator jobs;
	private final AnalyticsProperties properties;

	/** Where a job is: running (with chunks evaluated of chunks listed), complete (with its report), or ended otherwise. */
	public record Progress(State state, long chunksDone, long chunksTotal, String measureReport) {
		public enum State { RUNNING, COMPLETE, FAILED, CANCELLED }
	}

	public PlanEvaluationJobs(IJobCoordinator jobs, AnalyticsProperties properties) {
		this.jobs = jobs;
		this.properties = properties;
	}

	/** Starts the evaluation of the plan as of the context's date; answers the job's id. */
	public String start(EvaluationContext context) {
		JobInstanceStartRequest request = new JobInstanceStartRequest(PlanEvaluationJob.JOB_ID,
				new PlanJobParameters(context.asOf().toString(), properties.chunkSize()));
		// Every kick-off evaluates the data as they are now, never an earlier job's answer.
		request.setUseCache(false);
		return jobs.startInstance(request).getInstanceId();
	}

	/** The job's progress; empty when there is no plan evaluation job of that id. */
	public Optional<Progress> progress(String jobId) {
		Optional<JobInstance> found = find(jobId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		JobInstance job = found.get();
		StatusEnum status = job.getStatus();
		if (status == StatusEnum.COMPLETED) {
			PlanJobResult result = JsonUtil.deserialize(job.getReport(), PlanJobResult.class);
			return Optional.of(new Progress(Progress.State.COMPLETE, 0, 0, result.measureReport()));
		}
		if (status == StatusEnum.CANCELLED || job.isCancelled()) {
			return Optional.of(new Progress(Progress.State.CANCELLED, 0, 0, null));
		}
		if (status == StatusEnum.FAILED) {
			return Optional.of(new Progress(Progress.State.FAILED, 0, 0, null));
		}
		long total = 0;
		long done = 0;
		for (BatchWorkChunkStatusDTO chunks : jobs.getWorkChunkStatus(jobId)) {
			if (PlanEvaluationJob.EVALUATE_STEP.equals(chunks.stepId) && chunks.totalChunks != null) {
				total += chunks.totalChunks;
				if (chunks.status == WorkChunkStatusEnum.COMPLETED) {
					done += chunks.totalChunks;
				}
			}
		}
		return Optional.of(new Progress(Progress.State.RUNNING, done, total, null));
	}

	/** Asks the job to stop; false when there is no such job or it has already ended. */
	public boolean cancel(String jobId) {
		Optional<JobInstance> job = find(jobId);
		if (job.isEmpty() || job.get().getStatus().isEnded()) {
			return false;
		}
		jobs.cancelInstance(jobId);
		return true;
	}

	private Optional<JobInstance> find(String jobId) {
		if (jobId == null || !jobId.matches("[A-Za-z0-9-]{1,100}")) {
			return Optional.empty();
		}
		try {
			JobInstance job = jobs.getInstance(jobId);
			return PlanEvaluationJob.JOB_ID.equals(job.getJobDefinitionId()) ? Optional.of(job) : Optional.empty();
		} catch (ResourceNotFoundException e) {
			return Optional.empty();
		}
	}
}
