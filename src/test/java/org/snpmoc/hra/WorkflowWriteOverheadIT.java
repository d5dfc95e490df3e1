package org.snpmoc.hra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snpmoc.config.StorageInterceptor;
import org.snpmoc.support.CareStory;
import org.snpmoc.support.H2ServerTest;
import org.snpmoc.transitions.WorkItemQueue;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures what the workflow adds to a write: the same writes over HTTP with the workflow's hooks registered and
 * unregistered, interleaved in rounds. Three writes: a completed HRA (scoring, RiskAssessment, HRA-due work items),
 * the discharge of a stay (the transition's work items) and a Communication that closes one of them. Prints the
 * figures, wall time over HTTP and the CPU time the server's request thread spent (steadier than wall time when
 * other work shares the machine), and how long after the response the work items were all written (they are
 * written after the commit). Times are not asserted (they depend on the machine), only that each mode did what it
 * says.
 */
class WorkflowWriteOverheadIT extends H2ServerTest {
	private static final int ROUNDS = 4;
	private static final int PER_ROUND = 25;
	private static final String DISCHARGED = "2026-06-05";

	@Autowired
	private IInterceptorService interceptors;

	@Autowired
	private List<StorageInterceptor> storageHooks;

	@Autowired
	private RestfulServer server;

	@Autowired
	private WorkItemQueue queue;

	private final RequestCpu requestCpu = new RequestCpu();

	@BeforeEach
	void clockRequests() {
		server.registerInterceptor(requestCpu);
	}

	@AfterEach
	void stopClock() {
		server.unregisterInterceptor(requestCpu);
	}

	@Test
	void timeCompletedHraCreatesWithTheWorkflowOnPartlyAndOff() {
		CareStory story = new CareStory(client);
		Questionnaire instrument = story.hraInstrument();
		String coordinator = story.staff("care-coordinator");
		Object scoring = hook("org.snpmoc.hra");
		Object workItems = hook("org.snpmoc.transitions");
		timeCreates(story, instrument, coordinator, PER_ROUND); // warm-up

		Batch all = new Batch();
		Batch scoringOnly = new Batch();
		Batch none = new Batch();
		Batch scored = null;
		Batch unscored = null;
		for (int round = 0; round < ROUNDS; round++) {
			scored = timeCreates(story, instrument, coordinator, PER_ROUND);
			all.add(scored);
			try {
				interceptors.unregisterInterceptor(workItems);
				scoringOnly.add(timeCreates(story, instrument, coordinator, PER_ROUND));
				interceptors.unregisterInterceptor(scoring);
				unscored = timeCreates(story, instrument, coordinator, PER_ROUND);
				none.add(unscored);
			} finally {
				interceptors.registerInterceptor(scoring);
				interceptors.registerInterceptor(workItems);
			}
		}

		System.out.printf("Completed HRA create over HTTP, %d each, ms (median / mean / p90; server CPU median; work items written, median after the response):%n",
				all.nanos().size());
		print("workflow off", none);
		print("HRA scoring only", scoringOnly);
		print("scoring + HRA-due work items", all);
		printAdded(all, scoringOnly);
		assertThat(riskOf(story, scored.last())).isNotNull();
		String withoutWorkflow = unscored.last();
		assertThatThrownBy(() -> riskOf(story, withoutWorkflow)).isInstanceOf(ResourceNotFoundException.class);
	}

	/**
	 * The discharge opens the stay's six discharge steps next to the two open ones of its admission (the coordinator
	 * on the ICT meets 2E.2).
	 */
	@Test
	void timeDischargeUpdatesWithTheWorkItemsOnAndOff() {
		CareStory story = new CareStory(client);
		Setting setting = new Setting(story);
		Comparison discharges = compare(
				() -> setting.admittedStay(),
				stay -> discharge(stay, setting.unit()),
				"Discharge (Encounter update) over HTTP");

		assertThat(workItems(discharges.on().last())).hasSize(8);
		assertThat(workItems(discharges.off().last())).hasSize(2);
	}

	/** An on-time phi-access notice closes the 2E.4 step among the eight open items of a discharged stay. */
	@Test
	void timeClosingCommunicationCreatesWithTheWorkItemsOnAndOff() {
		CareStory story = new CareStory(client);
		Setting setting = new Setting(story);
		Comparison notices = compare(
				() -> {
					Encounter stay = setting.admittedStay();
					discharge(stay, setting.unit());
					return stay;
				},
				stay -> {
					story.communication(patientOf(stay), "phi-access", "2026-06-08", patientOf(stay));
					return stay.getIdElement().getValue();
				},
				"Closing Communication create over HTTP");

		assertThat(phiAccessStep(notices.on().last()).getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
		assertThat(phiAccessStep(notices.off().last()).getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
	}

	private Object hook(String featurePackage) {
		return storageHooks.stream()
				.filter(h -> h.getClass().getPackageName().equals(featurePackage))
				.findFirst()
				.orElseThrow();
	}

	/**
	 * Per write: what it wrote, its wall time over HTTP, the server's CPU time and the time from the response until
	 * its work items were written, in nanoseconds.
	 */
	private record Batch(List<String> ids, List<Long> nanos, List<Long> cpu, List<Long> lag) {
		Batch() {
			this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		}

		String last() {
			return ids.get(ids.size() - 1);
		}

		void add(Batch other) {
			ids.addAll(other.ids());
			nanos.addAll(other.nanos());
			cpu.addAll(other.cpu());
			lag.addAll(other.lag());
		}
	}

	/** The CPU time of each request on the server's request thread, up to the response. */
	@Interceptor
	public static final class RequestCpu {
		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
		private final ThreadLocal<Long> start = new ThreadLocal<>();
		private final AtomicLong last = new AtomicLong();

		@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_PROCESSED)
		public boolean started() {
			start.set(THREADS.getCurrentThreadCpuTime());
			return true;
		}

		@Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
		public boolean responding() {
			Long started = start.get();
			if (started != null) {
				last.set(THREADS.getCurrentThreadCpuTime() - started);
				start.remove();
			}
			return true;
		}

		long last() {
			return last.get();
		}
	}

	private record Comparison(Batch on, Batch off) {}

	/**
	 * Times the write of each prepared subject with the work-item hook on, then off, in rounds. Subjects are always
	 * prepared with the hook on, so both modes write onto the same kind of record; only the timed write differs.
	 */
	private <S> Comparison compare(Supplier<S> subject, Function<S, String> write, String title) {
		Object workItems = hook("org.snpmoc.transitions");
		time(prepare(subject), write); // warm-up
		Batch on = new Batch();
		Batch off = new Batch();
		Batch lastOn = null;
		Batch lastOff = null;
		for (int round = 0; round < ROUNDS; round++) {
			lastOn = time(prepare(subject), write);
			on.add(lastOn);
			List<S> subjects = prepare(subject);
			interceptors.unregisterInterceptor(workItems);
			try {
				lastOff = time(subjects, write);
				off.add(lastOff);
			} finally {
				interceptors.registerInterceptor(workItems);
			}
		}
		System.out.printf("%s, %d each, ms (median / mean / p90; server CPU median; work items written, median after the response):%n", title, on.nanos().size());
		print("work items off", off);
		print("work items on", on);
		printAdded(on, off);
		return new Comparison(lastOn, lastOff);
	}

	private static <S> List<S> prepare(Supplier<S> subject) {
		List<S> subjects = new ArrayList<>();
		for (int i = 0; i < PER_ROUND; i++) {
			subjects.add(subject.get());
		}
		return subjects;
	}

	private <S> Batch time(List<S> subjects, Function<S, String> write) {
		Batch batch = new Batch();
		for (S subject : subjects) {
			timed(batch, () -> write.apply(subject));
		}
		return batch;
	}

	private void timed(Batch into, Supplier<String> write) {
		long start = System.nanoTime();
		into.ids().add(write.get());
		into.nanos().add(System.nanoTime() - start);
		into.cpu().add(requestCpu.last());
		long answered = System.nanoTime();
		assertThat(queue.awaitIdle(Duration.ofSeconds(30))).isTrue();
		into.lag().add(System.nanoTime() - answered);
	}

	/** Each HRA is a new enrolled beneficiary's, with an ICT, as when a plan loads its members' assessments. */
	private Batch timeCreates(CareStory story, Questionnaire instrument, String coordinator, int count) {
		Batch batch = new Batch();
		String plan = story.organization("D-SNP plan");
		for (int i = 0; i < count; i++) {
			String patient = story.patient();
			story.enrollment(patient, "2026-01-01", plan);
			story.ict(patient, "care-coordinator", coordinator);
			QuestionnaireResponse response = HraResponses.scoring(instrument, patient, "2026-03-01",
					Map.of("mental-health", 10, "medical", i % 6));
			timed(batch, () -> story.create(response));
		}
		return batch;
	}

	/** Where the stays happen: a hospital, a skilled nursing facility's unit to go to, the staff on each ICT. */
	private record Setting(CareStory story, String hospital, String unit, String coordinator) {
		Setting(CareStory story) {
			this(story, story.organization("Bayview General Hospital"),
					story.location("Palm Gardens rehabilitation unit", story.organization("Palm Gardens Skilled Nursing")),
					story.staff("transition-coordinator"));
		}

		/** A new enrolled beneficiary with an ICT, admitted to the hospital: the admission's two items are open. */
		Encounter admittedStay() {
			String patient = story.patient();
			story.enrollment(patient, "2026-01-01", hospital);
			story.ict(patient, "transition-coordinator", coordinator);
			return story.stay(patient, "IMP", "2026-06-01", hospital);
		}
	}

	private String discharge(Encounter stay, String unit) {
		stay.setStatus(Encounter.EncounterStatus.FINISHED);
		stay.getPeriod().getEndElement().setValueAsString(DISCHARGED);
		stay.getHospitalization().setDestination(new Reference(unit));
		client.update().resource(stay).execute();
		return stay.getIdElement().toUnqualifiedVersionless().getValue();
	}

	private List<Task> workItems(String stay) {
		Bundle bundle = client.search().forResource(Task.class)
				.where(Task.FOCUS.hasId(stay))
				.count(100).returnBundle(Bundle.class).execute();
		return bundle.getEntry().stream().map(e -> (Task) e.getResource()).toList();
	}

	private Task phiAccessStep(String stay) {
		return workItems(stay).stream()
				.filter(t -> "2E.4".equals(t.getReasonCode().getCodingFirstRep().getCode()))
				.findFirst()
				.orElseThrow();
	}

	private static String patientOf(Encounter stay) {
		return stay.getSubject().getReference();
	}

	private static RiskAssessment riskOf(CareStory story, String response) {
		return story.read(RiskAssessment.class, "RiskAssessment/" + RiskAssessments.idFor(id(response)));
	}

	private static String id(String reference) {
		return reference.substring(reference.indexOf('/') + 1);
	}

	private static void print(String mode, Batch batch) {
		List<Long> nanos = batch.nanos();
		System.out.printf("  %-30s %6.1f / %6.1f / %6.1f;  %6.1f;  %6.1f%n", mode,
				median(nanos), mean(nanos), p90(nanos), median(batch.cpu()), median(batch.lag()));
	}

	private static void printAdded(Batch with, Batch without) {
		System.out.printf("  %-30s %6.1f %17s;  %6.1f%n", "work items add (median)",
				median(with.nanos()) - median(without.nanos()), "", median(with.cpu()) - median(without.cpu()));
	}

	private static double median(List<Long> nanos) {
		return percentile(nanos, 0.5);
	}

	private static double p90(List<Long> nanos) {
		return percentile(nanos, 0.9);
	}

	private static double percentile(List<Long> nanos, double p) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
	}

	private static double mean(List<Long> nanos) {
		return Arrays.stream(nanos.stream().mapToLong(Long::longValue).toArray()).average().orElse(0) / 1e6;
	}
}
