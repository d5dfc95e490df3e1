package org.snpmoc.hra;

import static org.snpmoc.contract.MocCodes.EXT_ORDINAL_VALUE;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;

/** HRA responses to the IG's instrument with chosen domain scores, built from the instrument itself. */
final class HraResponses {
	static final FhirContext FHIR = FhirContext.forR4Cached();

	private HraResponses() {}

	static Questionnaire instrument() {
		return read("profiles/Questionnaire-dsnp-hra.json", Questionnaire.class);
	}

	static QuestionnaireResponse example() {
		return read("profiles/QuestionnaireResponse-moc-example-hra-initial.json", QuestionnaireResponse.class);
	}

	/**
	 * A completed response answering every question, whose domains score exactly the given values (0 where not
	 * given): each question takes the highest-valued option that still fits what the domain has left to score.
	 */
	static QuestionnaireResponse scoring(Questionnaire instrument, String patient, String authored,
			Map<String, Integer> scores) {
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.getMeta().addProfile("http://snp-moc.org/fhir/StructureDefinition/moc-hra-response");
		response.setQuestionnaire(instrument.getUrl());
		response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		response.setSubject(new Reference(patient));
		response.getAuthoredElement().setValueAsString(authored);
		for (QuestionnaireItemComponent group : instrument.getItem()) {
			QuestionnaireResponseItemComponent answers = response.addItem().setLinkId(group.getLinkId());
			int left = scores.getOrDefault(group.getLinkId(), 0);
			for (QuestionnaireItemComponent question : group.getItem()) {
				QuestionnaireItemAnswerOptionComponent option = pick(question, left);
				left -= ordinal(option);
				answers.addItem().setLinkId(question.getLinkId()).addAnswer().setValue(option.getValueCoding().copy());
			}
			if (left != 0) {
				throw new IllegalArgumentException("Domain " + group.getLinkId() + " cannot score " + scores.get(group.getLinkId()));
			}
		}
		return response;
	}

	private static QuestionnaireItemAnswerOptionComponent pick(QuestionnaireItemComponent question, int left) {
		return question.getAnswerOption().stream()
				.filter(o -> ordinal(o) <= left)
				.max(Comparator.comparingInt(HraResponses::ordinal))
				.orElseThrow();
	}

	static int ordinal(QuestionnaireItemAnswerOptionComponent option) {
		return ((DecimalType) option.getExtensionByUrl(EXT_ORDINAL_VALUE).getValue())
				.getValue().intValueExact();
	}

	static BigDecimal threshold(Questionnaire instrument, String domain) {
		return instrument.getItem().stream()
				.filter(g -> g.getLinkId().equals(domain))
				.map(g -> ((DecimalType) g.getExtensionByUrl(
						"http://snp-moc.org/fhir/StructureDefinition/hra-need-threshold").getValue()).getValue())
				.findFirst()
				.orElseThrow();
	}

	private static <T extends IBaseResource> T read(String file, Class<T> type) {
		try {
			return FHIR.newJsonParser().parseResource(type, Files.readString(Path.of(file)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
