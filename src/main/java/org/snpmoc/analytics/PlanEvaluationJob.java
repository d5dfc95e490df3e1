package org.snpmoc.analytics;

import ca.uhn.fhir.batch2.api.ChunkExecutionDetails;
import ca.uhn.fhir.batch2.api.IJobDataSink;
import ca.uhn.fhir.batch2.api.IJobStepWorker;
import ca.uhn.fhir.batch2.api.IReductionStepWorker;
import ca.uhn.fhir.batch2.api.RetryChunkLaterException;
import ca.uhn.fhir.batch2.api.RunOutcome;
import ca.uhn.fhir.batch2.api.StepExecutionDetails;
import ca.uhn.fhir.batch2.api.VoidModel;
import ca.uhn.fhir.batch2.model.ChunkOutcome;
import ca.uhn.fhir.batch2.model.JobDefinition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.hl7.fhir.r4.model.MeasureReport;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.report.PlanSummaries;
import org.snpmoc.compliance.report.PlanTally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plan evaluation as a HAPI batch job: the enrolled beneficiaries' ids are listed in chunks, each chunk is
 * evaluated into a tally of counts, and the last step merges the tallies, adds the staff checks and stores the
 * summary MeasureReport. Chunks live in the database, so every server instance on it takes a share.
 */
@Configuration
public class PlanEvaluationJob {
	public static final String JOB_ID = "moc-plan-evaluation";
	static final String EVALUATE_STEP = "evaluate";
	private static final Logger LOG = LoggerFactory.getLogger(PlanEvaluationJob.class);
	/** How long a chunk handed back by a busy instance waits before any instance may take it. */
	private static final Duration HAND_BACK = Duration.ofMillis(500);

	@Bean
	JobDefinition<PlanJobParameters> planEvaluationJobDefinition(PlanSummaries summaries, PlanReports reports,
			AnalyticsProperties properties, MeterRegistry meters) {
		Counter chunks = Counter.builder("moc.plan-evaluation.chunks")
				.description("Work chunks of the plan evaluation job evaluated by this instance").register(meters);
		Semaphore running = new Semaphore(properties.concurrentChunks());
		return JobDefinition.newBuilder()
				.setJobDefinitionId(JOB_ID)
				.setJobDescription("MOC element 2 plan summary")
				.setJobDefinitionVersion(1)
				.setParametersType(PlanJobParameters.class)
				.setParametersValidator((request, parameters) -> validate(parameters))
				.gatedExecution()
				.addFirstStep("list", "List the beneficiaries enrolled at asOf", EnrolledIds.class,
						new ListStep(summaries))
				.addIntermediateStep(EVALUATE_STEP, "Evaluate a chunk of beneficiaries", PlanTally.class,
						new EvaluateStep(summaries, chunks, running))
				.addFinalReducerStep("summarize", "Merge the tallies and store the summary", PlanJobResult.class,
						new SummarizeStep(summaries, reports))
				.build();
	}

	private static List<String> validate(PlanJobParameters parameters) {
		try {
			LocalDate.parse(parameters.asOf());
		} catch (RuntimeException e) {
			return List.of("asOf must be a date YYYY-MM-DD");
		}
		return parameters.chunkSize() < 1 ? List.of("chunkSize must be at least 1") : List.of();
	}

	static EvaluationContext context(PlanSummaries summaries, PlanJobParameters parameters) {
		return summaries.evaluation().context(LocalDate.parse(parameters.asOf()));
	}

	/** Lists the enrolled beneficiaries; always one chunk at least, so an empty plan still gets its report. */
	static final class ListStep implements IJobStepWorker<PlanJobParameters, VoidModel, EnrolledIds> {
		private final PlanSummaries summaries;

		ListStep(PlanSummaries summaries) {
			this.summaries = summaries;
		}

		@Override
		public RunOutcome run(StepExecutionDetails<PlanJobParameters, VoidModel> details, IJobDataSink<EnrolledIds> sink) {
			PlanJobParameters parameters = details.getParameters();
			List<String> ids = summaries.evaluation().enrolledPatientIds(context(summaries, parameters));
			int size = parameters.chunkSize();
			sink.accept(new EnrolledIds(ids.subList(0, Math.min(size, ids.size()))));
			for (int from = size; from < ids.size(); from += size) {
				sink.accept(new EnrolledIds(ids.subList(from, Math.min(ids.size(), from + size))));
			}
			LOG.info("Plan evaluation {} as of {}: {} beneficiaries in chunks of {}", details.getInstance().getInstanceId(),
					parameters.asOf(), ids.size(), size);
			return new RunOutcome(ids.size());
		}
	}

	/**
	 * Evaluates one chunk into a tally. An instance already evaluating its share of chunks hands the chunk back to
	 * the database, where the next pass of any instance may take it: work spreads over the instances, and none
	 * runs more evaluations at once than its processors serve.
	 */
	static final class EvaluateStep implements IJobStepWorker<PlanJobParameters, EnrolledIds, PlanTally> {
		private final PlanSummaries summaries;
		private final Counter chunks;
		private final Semaphore running;

		EvaluateStep(PlanSummaries summaries, Counter chunks, Semaphore running) {
			this.summaries = summaries;
			this.chunks = chunks;
			this.running = running;
		}

		@Override
		public RunOutcome run(StepExecutionDetails<PlanJobParameters, EnrolledIds> details, IJobDataSink<PlanTally> sink) {
			if (!running.tryAcquire()) {
				throw new RetryChunkLaterException("this instance is evaluating its share of chunks", HAND_BACK);
			}
			try {
				List<String> ids = details.getData().ids();
				sink.accept(summaries.tallyPart(ids, context(summaries, details.getParameters())));
				chunks.increment();
				return new RunOutcome(ids.size());
			} finally {
				running.release();
			}
		}
	}

	/** Merges the chunks' tallies (one reducer per job run), then builds and stores the summary. */
	static final class SummarizeStep implements IReductionStepWorker<PlanJobParameters, PlanTally, PlanJobResult> {
		private final PlanSummaries summaries;
		private final PlanReports reports;
		private final PlanTally tally = new PlanTally();

		SummarizeStep(PlanSummaries summaries, PlanReports reports) {
			this.summaries = summaries;
			this.reports = reports;
		}

		@Override
		public ChunkOutcome consume(ChunkExecutionDetails<PlanJobParameters, PlanTally> details) {
			tally.merge(details.getData());
			return ChunkOutcome.SUCCESS();
		}

		@Override
		public RunOutcome run(StepExecutionDetails<PlanJobParameters, PlanTally> details, IJobDataSink<PlanJobResult> sink) {
			EvaluationContext context = context(summaries, details.getParameters());
			MeasureReport report = summaries.summary(context, tally, new Date());
			String stored = reports.store(report, context);
			LOG.info("Plan evaluation {} as of {}: {} beneficiaries, stored as {}", details.getInstance().getInstanceId(),
					context.asOf(), tally.beneficiaries(), stored);
			sink.accept(new PlanJobResult(stored));
			return new RunOutcome(tally.beneficiaries());
		}

		@Override
		public IReductionStepWorker<PlanJobParameters, PlanTally, PlanJobResult> newInstance() {
			return new SummarizeStep(summaries, reports);
		}
	}
}
