package org.snpmoc.hra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snpmoc.support.CareStory;
import org.snpmoc.support.H2ServerTest;
import org.snpmoc.support.ProfileCheck;

/** A completed HRA stored over REST comes with its RiskAssessment, written in the same transaction. */
class HraScoringIT extends H2ServerTest {
	private CareStory story;
	private Questionnaire instrument;
	private String patient;

	@BeforeEach
	void beneficiary() {
		story = new CareStory(client);
		instrument = story.hraInstrument();
		patient = story.patient();
	}

	@Test
	void noNeedIsLowRisk() {
		RiskAssessment risk = riskOf(store(Map.of("medical", 3, "mental-health", 9)));

		assertThat(tier(risk)).isEqualTo("low");
		assertThat(needs(risk)).isEmpty();
	}

	@Test
	void oneOrTwoNeedsAreModerateRisk() {
		RiskAssessment risk = riskOf(store(Map.of("psychosocial", 3, "mental-health", 12)));

		assertThat(tier(risk)).isEqualTo("moderate");
		assertThat(needs(risk)).containsExactly("psychosocial", "mental-health");
	}

	@Test
	void threeOrMoreNeedsAreHighRisk() {
		String response = store(Map.of("medical", 4, "functional", 2, "cognitive", 3, "mental-health", 10));
		RiskAssessment risk = riskOf(response);

		assertThat(tier(risk)).isEqualTo("high");
		assertThat(needs(risk)).containsExactly("medical", "functional", "cognitive", "mental-health");
		assertThat(risk.getBasisFirstRep().getReference()).isEqualTo(response);
		assertThat(risk.getSubject().getReference()).isEqualTo(patient);
		assertThat(risk.getOccurrenceDateTimeType().getValueAsString()).isEqualTo("2026-03-01");
		assertThat(ProfileCheck.errors(risk)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {"medical", "functional", "cognitive", "psychosocial", "mental-health"})
	void eachDomainIsANeedExactlyFromItsThreshold(String domain) {
		int threshold = HraResponses.threshold(instrument, domain).intValueExact();

		assertThat(needs(riskOf(store(Map.of(domain, threshold - 1))))).isEmpty();
		assertThat(needs(riskOf(store(Map.of(domain, threshold))))).containsExactly(domain);
	}

	@Test
	void updatingTheResponseRewritesItsOneRiskAssessment() {
		String response = store(Map.of("mental-health", 10));
		QuestionnaireResponse corrected = HraResponses.scoring(instrument, patient, "2026-03-01",
				Map.of("mental-health", 10, "medical", 4, "cognitive", 3));
		corrected.setId(response);

		client.update().resource(corrected).execute();

		RiskAssessment risk = riskOf(response);
		assertThat(tier(risk)).isEqualTo("high");
		assertThat(risk.getMeta().getVersionId()).isEqualTo("2");
		Bundle all = client.search().forResource(RiskAssessment.class)
				.where(RiskAssessment.SUBJECT.hasId(patient)).returnBundle(Bundle.class).execute();
		assertThat(all.getEntry()).hasSize(1);
	}

	@Test
	void anHraLoadedYearsLaterIsScoredAsOfItsOwnDateAndVersionedCanonicalsCount() {
		QuestionnaireResponse old = HraResponses.scoring(instrument, patient, "2019-05-20", Map.of("functional", 2));
		old.setQuestionnaire(instrument.getUrl() + "|0.1.0");

		RiskAssessment risk = riskOf(story.create(old));

		assertThat(risk.getOccurrenceDateTimeType().getValueAsString()).isEqualTo("2019-05-20");
		assertThat(needs(risk)).containsExactly("functional");
	}

	@Test
	void unansweredQuestionsAreScoredWithoutAndNoted() {
		QuestionnaireResponse partial = HraResponses.scoring(instrument, patient, "2026-03-01", Map.of("medical", 4));
		partial.getItem().removeIf(i -> i.getLinkId().equals("cognitive"));

		RiskAssessment risk = riskOf(story.create(partial));

		assertThat(needs(risk)).containsExactly("medical");
		assertThat(risk.getNote()).anySatisfy(n -> assertThat(n.getText())
				.contains("unanswered: domains cognitive").contains("cognitive-clock-drawing"));
	}

	@Test
	void aResponseInProgressOrToAnotherQuestionnaireIsLeftAlone() {
		QuestionnaireResponse draft = HraResponses.scoring(instrument, patient, "2026-03-01", Map.of("medical", 4));
		draft.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
		Questionnaire survey = new Questionnaire().setUrl("http://example.org/Questionnaire/satisfaction")
				.setStatus(PublicationStatus.ACTIVE);
		survey.addCode(new Coding("http://example.org/kinds", "survey", null));
		survey.addItem().setLinkId("q").setType(Questionnaire.QuestionnaireItemType.STRING);
		story.create(survey);
		QuestionnaireResponse answered = new QuestionnaireResponse().setQuestionnaire(survey.getUrl())
				.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED)
				.setSubject(new Reference(patient));
		answered.addItem().setLinkId("q").addAnswer().setValue(new StringType("fine"));

		for (String response : List.of(story.create(draft), story.create(answered))) {
			assertThatThrownBy(() -> riskOf(response)).isInstanceOf(ResourceNotFoundException.class);
		}
	}

	@Test
	void anHraInATransactionBundleIsScoredInThatTransaction() {
		QuestionnaireResponse response = HraResponses.scoring(instrument, patient, "2026-04-01", Map.of("cognitive", 3));
		response.setId("bundled-" + patient.replace("Patient/", ""));
		Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		transaction.addEntry().setResource(response).getRequest()
				.setMethod(Bundle.HTTPVerb.PUT).setUrl("QuestionnaireResponse/" + response.getIdElement().getIdPart());

		client.transaction().withBundle(transaction).execute();

		assertThat(needs(riskOf("QuestionnaireResponse/" + response.getIdElement().getIdPart()))).containsExactly("cognitive");
	}

	private String store(Map<String, Integer> scores) {
		return story.create(HraResponses.scoring(instrument, patient, "2026-03-01", scores));
	}

	private RiskAssessment riskOf(String response) {
		return story.read(RiskAssessment.class, "RiskAssessment/" + RiskAssessments.idFor(response.replace("QuestionnaireResponse/", "")));
	}

	private static String tier(RiskAssessment risk) {
		return risk.getPrediction().stream().filter(p -> !p.hasOutcome()).findFirst().orElseThrow()
				.getQualitativeRisk().getCodingFirstRep().getCode();
	}

	private static List<String> needs(RiskAssessment risk) {
		return risk.getPrediction().stream().filter(p -> p.hasOutcome())
				.map(p -> p.getOutcome().getCodingFirstRep().getCode()).toList();
	}
}
