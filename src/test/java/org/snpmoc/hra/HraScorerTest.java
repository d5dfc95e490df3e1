package org.snpmoc.hra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.contract.MocCodes.EXT_ORDINAL_VALUE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HraScorerTest {
	private static final List<String> DOMAINS = List.of("medical", "functional", "cognitive", "psychosocial", "mental-health");
	private final Questionnaire instrument = HraResponses.instrument();
	private final HraScorer scorer = new HraScorer();

	@Test
	void theIgExampleScoresTwoNeedsAsModerate() {
		HraScore score = scorer.score(instrument, HraResponses.example());

		assertThat(score.domains()).extracting(HraScore.Domain::code).containsExactlyElementsOf(DOMAINS);
		assertThat(score.domains()).extracting(d -> d.score().intValue()).containsExactly(3, 1, 0, 3, 12);
		assertThat(score.needs()).extracting(HraScore.Domain::code).containsExactly("psychosocial", "mental-health");
		assertThat(score.tier()).isEqualTo("moderate");
		assertThat(score.unanswered()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {"medical", "functional", "cognitive", "psychosocial", "mental-health"})
	void aDomainIsANeedFromItsThresholdOn(String domain) {
		int threshold = HraResponses.threshold(instrument, domain).intValueExact();

		HraScore below = scorer.score(instrument, response(Map.of(domain, threshold - 1)));
		HraScore at = scorer.score(instrument, response(Map.of(domain, threshold)));

		assertThat(below.needs()).isEmpty();
		assertThat(below.tier()).isEqualTo("low");
		assertThat(at.needs()).extracting(HraScore.Domain::code).containsExactly(domain);
		assertThat(at.needs().get(0).score()).isEqualByComparingTo(BigDecimal.valueOf(threshold));
		assertThat(at.tier()).isEqualTo("moderate");
	}

	@Test
	void threeNeedsAreHighRisk() {
		HraScore score = scorer.score(instrument, response(Map.of("medical", 4, "functional", 2, "cognitive", 3)));

		assertThat(score.needs()).hasSize(3);
		assertThat(score.tier()).isEqualTo("high");
	}

	@Test
	void missingAnswersScoreWhatIsPresentAndAreListed() {
		QuestionnaireResponse response = response(Map.of("mental-health", 10));
		response.getItem().get(0).getItem().remove(0);
		response.getItem().removeIf(i -> i.getLinkId().equals("cognitive"));

		HraScore score = scorer.score(instrument, response);

		assertThat(score.tier()).isEqualTo("moderate");
		assertThat(score.unanswered()).contains("medical-conditions", "cognitive-memory-concern", "cognitive-clock-drawing");
		HraScore.Domain cognitive = score.domains().get(2);
		assertThat(cognitive.answered()).isZero();
		assertThat(cognitive.questions()).isEqualTo(4);
	}

	@Test
	void answersGivenOutsideTheirGroupStillCount() {
		QuestionnaireResponse response = response(Map.of("psychosocial", 2));
		var group = response.getItem().stream().filter(i -> i.getLinkId().equals("psychosocial")).findFirst().orElseThrow();
		response.getItem().addAll(group.getItem());
		group.getItem().clear();

		assertThat(scorer.score(instrument, response).needs()).extracting(HraScore.Domain::code).containsExactly("psychosocial");
	}

	@Test
	void theOrdinalValueMayBeOnTheCodingOfTheOptionOrOfTheAnswer() {
		Questionnaire onCoding = instrument.copy();
		onCoding.getItem().forEach(g -> g.getItem().forEach(q -> q.getAnswerOption().forEach(o -> {
			Extension ordinal = o.getExtensionByUrl(EXT_ORDINAL_VALUE);
			o.getExtension().remove(ordinal);
			o.getValueCoding().addExtension(HraScorer.EXT_ITEM_WEIGHT, ordinal.getValue());
		})));
		QuestionnaireResponse response = response(Map.of("functional", 2));
		assertThat(scorer.score(onCoding, response).needs()).hasSize(1);

		Questionnaire withoutWeights = instrument.copy();
		withoutWeights.getItem().forEach(g -> g.getItem().forEach(q -> q.getAnswerOption().forEach(o -> o.getExtension().clear())));
		response.getItem().forEach(g -> g.getItem().forEach(q -> q.getAnswer().forEach(a -> {
			Coding coding = a.getValueCoding();
			coding.addExtension(EXT_ORDINAL_VALUE, new DecimalType(1));
		})));
		// every answer now weighs 1 on its own coding: 9 PHQ-9 answers reach no threshold of 10, the rest do
		assertThat(scorer.score(withoutWeights, response).needs()).extracting(HraScore.Domain::code)
				.containsExactly("medical", "functional", "cognitive", "psychosocial");
	}

	private QuestionnaireResponse response(Map<String, Integer> scores) {
		return HraResponses.scoring(instrument, "Patient/p1", "2026-03-01", scores);
	}
}
