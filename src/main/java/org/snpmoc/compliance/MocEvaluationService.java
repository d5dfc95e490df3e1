package org.snpmoc.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.util.function.Consumer;
import org.snpmoc.compliance.factors.staff.StaffFactorResult;
import org.snpmoc.compliance.factors.staff.StaffRoster;
import org.springframework.stereotype.Service;

/**
 * Runs the factor checks: over one beneficiary's record, over every enrolled beneficiary a batch at a time (each
 * batch read, evaluated, handed on and dropped, so the population never sits in memory), and over the staff roster.
 */
@Service
public class MocEvaluationService {
	private final PatientRecords records;
	private final PlanPopulation population;
	private final FactorRegistry factors;
	private final MocPolicy policy;
	private final ComplianceProperties properties;

	/**
	 * One beneficiary's outcomes, with the record they were computed from.
	 *
	 * @param notJudged why no factor could be judged (no SNP enrollment at asOf), or null when they were
	 */
	public record PatientEvaluation(PatientRecord record, EvaluationContext context, List<FactorResult> results,
			String notJudged) {}

	public MocEvaluationService(PatientRecords records, PlanPopulation population, FactorRegistry factors,
			MocPolicy policy, ComplianceProperties properties) {
		this.records = records;
		this.population = population;
		this.factors = factors;
		this.policy = policy;
		this.properties = properties;
	}

	/** The evaluation context for a date, or for today in the plan's time zone when {@code asOf} is null. */
	public EvaluationContext context(LocalDate asOf) {
		return new EvaluationContext(asOf != null ? asOf : LocalDate.now(policy.getTimeZone()), policy.getTimeZone(),
				policy.getInitialHraDays());
	}

	public MocPolicy policy() {
		return policy;
	}

	public FactorRegistry factors() {
		return factors;
	}

	/** One beneficiary; HAPI's 404 when the Patient does not exist. */
	public PatientEvaluation evaluatePatient(String patientId, EvaluationContext context) {
		return evaluate(records.load(patientId), context);
	}

	/**
	 * Evaluates every beneficiary enrolled at asOf, {@code batchSize} at a time on one worker per processor,
	 * handing each evaluation to {@code sink} (one call at a time, in no particular order). Staff and organizations
	 * read for one batch are reused by the worker's next batch.
	 */
	public void forEachEnrolled(EvaluationContext context, Consumer<PatientEvaluation> sink) {
		List<String> ids = population.enrolledPatientIds(context);
		List<List<String>> batches = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += properties.batchSize()) {
			batches.add(ids.subList(from, Math.min(ids.size(), from + properties.batchSize())));
		}
		int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), batches.size()));
		AtomicInteger next = new AtomicInteger();
		Runnable worker = () -> {
			PatientRecords.Batches reader = records.batches();
			for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
				for (PatientRecord record : reader.load(batches.get(i))) {
					PatientEvaluation evaluation = evaluate(record, context);
					synchronized (sink) {
						sink.accept(evaluation);
					}
				}
			}
		};
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int w = 0; w < workers; w++) {
				running.add(pool.submit(worker));
			}
			for (Future<?> f : running) {
				f.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Plan evaluation interrupted", e);
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
	}

	/** Evaluates the given beneficiaries (a part of the plan), one batch read at a time, in this thread. */
	public void forEach(List<String> patientIds, EvaluationContext context, Consumer<PatientEvaluation> sink) {
		PatientRecords.Batches reader = records.batches();
		for (int from = 0; from < patientIds.size(); from += properties.batchSize()) {
			for (PatientRecord record : reader.load(patientIds.subList(from,
					Math.min(patientIds.size(), from + properties.batchSize())))) {
				sink.accept(evaluate(record, context));
			}
		}
	}

	/** Ids of the beneficiaries enrolled at asOf, sorted. */
	public List<String> enrolledPatientIds(EvaluationContext context) {
		return population.enrolledPatientIds(context);
	}

	/** The plan-level staff checks 2A.1–2A.7 over the whole roster, read once. */
	public List<StaffFactorResult> evaluateStaff(EvaluationContext context) {
		StaffRoster roster = population.staffRoster();
		return factors.staffFactors().stream().map(f -> f.evaluate(roster, context)).toList();
	}

	/**
	 * Every factor over one record. The plan answers for care only while the beneficiary is enrolled: without an SNP
	 * enrollment in force at asOf, every factor is not applicable, for that one reason.
	 */
	public PatientEvaluation evaluate(PatientRecord record, EvaluationContext context) {
		if (new CareRecord(record, context).enrollment().isEmpty()) {
			String why = "not judged: no active SNP enrollment (Coverage type snp-enrollment) at " + context.asOf();
			List<FactorResult> results = factors.beneficiaryFactors().stream()
					.map(f -> FactorResult.of(f.factor(), Outcome.NOT_APPLICABLE, why, List.of()))
					.toList();
			return new PatientEvaluation(record, context, results, why);
		}
		List<FactorResult> results = factors.beneficiaryFactors().stream().map(f -> f.evaluate(record, context)).toList();
		return new PatientEvaluation(record, context, results, null);
	}
}
