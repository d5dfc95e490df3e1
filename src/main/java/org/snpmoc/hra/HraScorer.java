package org.snpmoc.hra;

import static org.snpmoc.contract.MocCodes.CS_HRA_DOMAIN;
import static org.snpmoc.contract.MocCodes.EXT_HRA_NEED_THRESHOLD;
import static org.snpmoc.contract.MocCodes.EXT_ORDINAL_VALUE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;

/**
 * Scores an HRA response against its instrument. Each top-level group of the instrument is a domain; its score is
 * the sum of the ordinal values of the answers given to the questions under it (at any depth), and it is a need
 * when the score reaches the group's need threshold. The ordinal value of a coded answer is read from the
 * instrument's matching answerOption (its ordinalValue extension, else the same extension or an itemWeight on its
 * Coding), else from the answer's own Coding. Answers without an ordinal value score nothing.
 */
public final class HraScorer {
	/** R5's itemWeight, which instruments converted from R5 carry on the Coding instead of ordinalValue. */
	static final String EXT_ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight";

	private record Question(QuestionnaireItemComponent item, int domain) {}

	public HraScore score(Questionnaire instrument, QuestionnaireResponse response) {
		List<QuestionnaireItemComponent> groups = instrument.getItem().stream()
				.filter(i -> i.getType() == QuestionnaireItemType.GROUP)
				.toList();
		Map<String, Question> questions = new LinkedHashMap<>();
		for (int d = 0; d < groups.size(); d++) {
			collectQuestions(groups.get(d).getItem(), d, questions);
		}
		Map<String, List<QuestionnaireResponseItemAnswerComponent>> answers = new HashMap<>();
		collectAnswers(response.getItem(), answers);

		BigDecimal[] scores = new BigDecimal[groups.size()];
		int[] answered = new int[groups.size()];
		int[] asked = new int[groups.size()];
		Arrays.fill(scores, BigDecimal.ZERO);
		List<String> unanswered = new ArrayList<>();
		questions.forEach((linkId, question) -> {
			asked[question.domain()]++;
			List<QuestionnaireResponseItemAnswerComponent> given = answers.getOrDefault(linkId, List.of());
			if (given.isEmpty()) {
				unanswered.add(linkId);
				return;
			}
			answered[question.domain()]++;
			for (QuestionnaireResponseItemAnswerComponent answer : given) {
				scores[question.domain()] = scores[question.domain()].add(ordinal(question.item(), answer));
			}
		});

		List<HraScore.Domain> domains = new ArrayList<>();
		for (int d = 0; d < groups.size(); d++) {
			QuestionnaireItemComponent group = groups.get(d);
			domains.add(new HraScore.Domain(domainCode(group), group.getText(), scores[d], threshold(group),
					answered[d], asked[d]));
		}
		return new HraScore(domains, unanswered);
	}

	private static void collectQuestions(List<QuestionnaireItemComponent> items, int domain, Map<String, Question> into) {
		for (QuestionnaireItemComponent item : items) {
			if (item.getType() != QuestionnaireItemType.GROUP && item.getType() != QuestionnaireItemType.DISPLAY) {
				into.putIfAbsent(item.getLinkId(), new Question(item, domain));
			}
			collectQuestions(item.getItem(), domain, into);
		}
	}

	/** Answers by linkId wherever they sit in the response: under their group, nested under an answer, or flat. */
	private static void collectAnswers(List<QuestionnaireResponseItemComponent> items,
			Map<String, List<QuestionnaireResponseItemAnswerComponent>> into) {
		for (QuestionnaireResponseItemComponent item : items) {
			if (item.hasAnswer()) {
				into.computeIfAbsent(item.getLinkId(), k -> new ArrayList<>()).addAll(item.getAnswer());
			}
			collectAnswers(item.getItem(), into);
			item.getAnswer().forEach(a -> collectAnswers(a.getItem(), into));
		}
	}

	private static BigDecimal ordinal(QuestionnaireItemComponent question, QuestionnaireResponseItemAnswerComponent answer) {
		if (!answer.hasValueCoding()) {
			return BigDecimal.ZERO;
		}
		Coding given = answer.getValueCoding();
		return question.getAnswerOption().stream()
				.filter(QuestionnaireItemAnswerOptionComponent::hasValueCoding)
				.filter(o -> sameCode(o.getValueCoding(), given))
				.findFirst()
				.flatMap(o -> weight(o).or(() -> weight(o.getValueCoding())))
				.or(() -> weight(given))
				.orElse(BigDecimal.ZERO);
	}

	private static boolean sameCode(Coding option, Coding given) {
		boolean systemsAgree = !option.hasSystem() || !given.hasSystem() || option.getSystem().equals(given.getSystem());
		return systemsAgree && Objects.equals(option.getCode(), given.getCode());
	}

	private static Optional<BigDecimal> weight(Element element) {
		return Optional.ofNullable(element.getExtensionByUrl(EXT_ORDINAL_VALUE))
				.or(() -> Optional.ofNullable(element.getExtensionByUrl(EXT_ITEM_WEIGHT)))
				.flatMap(HraScorer::decimal);
	}

	private static Optional<BigDecimal> decimal(Extension extension) {
		if (extension.getValue() instanceof DecimalType d && d.getValue() != null) {
			return Optional.of(d.getValue());
		}
		if (extension.getValue() instanceof IntegerType i && i.getValue() != null) {
			return Optional.of(BigDecimal.valueOf(i.getValue()));
		}
		return Optional.empty();
	}

	private static BigDecimal threshold(QuestionnaireItemComponent group) {
		Extension extension = group.getExtensionByUrl(EXT_HRA_NEED_THRESHOLD);
		return extension == null ? null : decimal(extension).orElse(null);
	}

	private static String domainCode(QuestionnaireItemComponent group) {
		return group.getCode().stream()
				.filter(c -> CS_HRA_DOMAIN.equals(c.getSystem()))
				.map(Coding::getCode)
				.findFirst()
				.orElse(group.getLinkId());
	}
}
