package org.snpmoc.hra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.RiskAssessment.RiskAssessmentPredictionComponent;
import org.junit.jupiter.api.Test;
import org.snpmoc.support.ProfileCheck;

class RiskAssessmentsTest {
	private final HraScorer scorer = new HraScorer();

	@Test
	void theStratificationOfTheIgExampleMatchesTheIgsOwnRiskAssessment() {
		QuestionnaireResponse response = HraResponses.example();

		RiskAssessment risk = RiskAssessments.build("moc-example-hra-initial", response,
				scorer.score(HraResponses.instrument(), response));

		assertThat(risk.getIdElement().getIdPart()).isEqualTo("hra-moc-example-hra-initial");
		assertThat(risk.getBasisFirstRep().getReference()).isEqualTo("QuestionnaireResponse/moc-example-hra-initial");
		assertThat(risk.getSubject().getReference()).isEqualTo("Patient/moc-example-beneficiary");
		assertThat(risk.getOccurrenceDateTimeType().getValueAsString()).isEqualTo("2026-02-01");
		assertThat(risk.getStatus()).isEqualTo(RiskAssessment.RiskAssessmentStatus.FINAL);
		assertThat(risk.getPrediction()).hasSize(3);
		assertThat(risk.getPredictionFirstRep().hasOutcome()).isFalse();
		assertThat(risk.getPredictionFirstRep().getQualitativeRisk().getCodingFirstRep().getCode()).isEqualTo("moderate");
		assertThat(risk.getPrediction().subList(1, 3))
				.extracting(p -> p.getOutcome().getCodingFirstRep().getCode())
				.containsExactly("psychosocial", "mental-health");
		assertThat(risk.getPrediction().get(2).getRationale()).isEqualTo("Score 12 (need threshold 10)");
		assertThat(risk.getNote()).hasSize(1);
		assertThat(ProfileCheck.errors(risk)).isEmpty();
	}

	@Test
	void unansweredItemsAreNoted() {
		QuestionnaireResponse response = HraResponses.scoring(HraResponses.instrument(), "Patient/p1", "2026-03-01",
				Map.of("medical", 4, "functional", 2, "cognitive", 3));
		response.getItem().removeIf(i -> i.getLinkId().equals("mental-health"));

		RiskAssessment risk = RiskAssessments.build("r1", response, scorer.score(HraResponses.instrument(), response));

		assertThat(risk.getPredictionFirstRep().getQualitativeRisk().getCodingFirstRep().getCode()).isEqualTo("high");
		assertThat(risk.getPrediction()).filteredOn(RiskAssessmentPredictionComponent::hasOutcome).hasSize(3);
		assertThat(risk.getNote().get(1).getText())
				.startsWith("Scored on the answers present; unanswered: domains mental-health (no answer at all); items 44250-9");
		assertThat(ProfileCheck.errors(risk)).isEmpty();
	}

	@Test
	void aLongResponseIdStillGivesAValidId() {
		assertThat(RiskAssessments.idFor("x".repeat(64))).hasSizeLessThanOrEqualTo(64).startsWith("hra-");
		assertThat(RiskAssessments.idFor("x".repeat(64))).isEqualTo(RiskAssessments.idFor("x".repeat(64)));
	}
}
