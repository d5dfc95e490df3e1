package org.snpmoc.hra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.junit.jupiter.api.Test;
import org.snpmoc.config.StorageInterceptor;
import org.snpmoc.support.CareStory;
import org.snpmoc.support.H2ServerTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures what the workflow adds to the write of a completed HRA (scoring, RiskAssessment, HRA-due work items):
 * the same creates over HTTP with the workflow's hooks registered and unregistered, interleaved in rounds. Prints
 * the figures; times are not asserted (they depend on the machine), only that each mode did what it says.
 */
class WorkflowWriteOverheadIT extends H2ServerTest {
	private static final int ROUNDS = 4;
	private static final int PER_ROUND = 25;

	@Autowired
	private IInterceptorService interceptors;

	@Autowired
	private List<StorageInterceptor> storageHooks;

	@Test
	void timeCompletedHraCreatesWithTheWorkflowOnPartlyAndOff() {
		CareStory story = new CareStory(client);
		Questionnaire instrument = story.hraInstrument();
		String coordinator = story.staff("care-coordinator");
		Object scoring = hook("org.snpmoc.hra");
		Object workItems = hook("org.snpmoc.transitions");
		timeCreates(story, instrument, coordinator, PER_ROUND); // warm-up

		List<Long> all = new ArrayList<>();
		List<Long> scoringOnly = new ArrayList<>();
		List<Long> none = new ArrayList<>();
		Batch scored = null;
		Batch unscored = null;
		for (int round = 0; round < ROUNDS; round++) {
			scored = timeCreates(story, instrument, coordinator, PER_ROUND);
			all.addAll(scored.nanos());
			try {
				interceptors.unregisterInterceptor(workItems);
				scoringOnly.addAll(timeCreates(story, instrument, coordinator, PER_ROUND).nanos());
				interceptors.unregisterInterceptor(scoring);
				unscored = timeCreates(story, instrument, coordinator, PER_ROUND);
				none.addAll(unscored.nanos());
			} finally {
				interceptors.registerInterceptor(scoring);
				interceptors.registerInterceptor(workItems);
			}
		}

		System.out.printf("Completed HRA create over HTTP, %d each, ms (median / mean / p90):%n", all.size());
		System.out.printf("  workflow off                   %6.1f / %6.1f / %6.1f%n", median(none), mean(none), p90(none));
		System.out.printf("  HRA scoring only               %6.1f / %6.1f / %6.1f%n", median(scoringOnly), mean(scoringOnly), p90(scoringOnly));
		System.out.printf("  scoring + HRA-due work items   %6.1f / %6.1f / %6.1f%n", median(all), mean(all), p90(all));
		assertThat(riskOf(story, scored.last())).isNotNull();
		String withoutWorkflow = unscored.last();
		assertThatThrownBy(() -> riskOf(story, withoutWorkflow)).isInstanceOf(ResourceNotFoundException.class);
	}

	private Object hook(String featurePackage) {
		return storageHooks.stream()
				.filter(h -> h.getClass().getPackageName().equals(featurePackage))
				.findFirst()
				.orElseThrow();
	}

	private record Batch(List<String> ids, List<Long> nanos) {
		String last() {
			return ids.get(ids.size() - 1);
		}
	}

	/** Each HRA is a new beneficiary's, with an ICT, as when a plan loads its members' assessments. */
	private static Batch timeCreates(CareStory story, Questionnaire instrument, String coordinator, int count) {
		Batch batch = new Batch(new ArrayList<>(), new ArrayList<>());
		for (int i = 0; i < count; i++) {
			String patient = story.patient();
			story.ict(patient, "care-coordinator", coordinator);
			QuestionnaireResponse response = HraResponses.scoring(instrument, patient, "2026-03-01",
					Map.of("mental-health", 10, "medical", i % 6));
			long start = System.nanoTime();
			batch.ids().add(story.create(response));
			batch.nanos().add(System.nanoTime() - start);
		}
		return batch;
	}

	private static RiskAssessment riskOf(CareStory story, String response) {
		return story.read(RiskAssessment.class, "RiskAssessment/" + RiskAssessments.idFor(id(response)));
	}

	private static String id(String reference) {
		return reference.substring(reference.indexOf('/') + 1);
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
