package org.snpmoc.synthetic;

import static org.snpmoc.contract.MocCodes.CS_HRA_DOMAIN;
import static org.snpmoc.contract.MocCodes.EXT_HRA_NEED_THRESHOLD;
import static org.snpmoc.contract.MocCodes.EXT_ORDINAL_VALUE;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;

/**
 * The IG's HRA tool as the generator answers it: for each domain group its questions, answer options with their
 * ordinal values and the need threshold, read from the Questionnaire itself so that generated answers follow it.
 */
final class HraInstrument {
	static final Path DEFAULT_FILE = Path.of("profiles", "Questionnaire-dsnp-hra.json");

	record Option(Coding coding, double ordinal) {}

	record Question(String linkId, String text, List<Option> options) {}

	record Domain(String code, String linkId, String text, double threshold, List<Question> questions) {}

	/** One domain's answers and whether their score reaches the threshold. */
	record DomainAnswers(Domain domain, QuestionnaireResponseItemComponent group, boolean need) {}

	private final Questionnaire questionnaire;
	private final List<Domain> domains;

	private HraInstrument(Questionnaire questionnaire, List<Domain> domains) {
		this.questionnaire = questionnaire;
		this.domains = List.copyOf(domains);
	}

	/** The file, or when it is the default and absent (run outside the repository), the copy the jar carries. */
	static HraInstrument read(FhirContext fhir, Path file) {
		if (file.equals(DEFAULT_FILE) && !Files.exists(file)) {
			var packaged = HraInstrument.class.getResourceAsStream(
					"/" + org.snpmoc.conformance.ConformancePackage.CLASSPATH_FOLDER + "/" + file.getFileName());
			if (packaged != null) {
				try (Reader reader = new java.io.InputStreamReader(packaged, java.nio.charset.StandardCharsets.UTF_8)) {
					return of(fhir.newJsonParser().parseResource(Questionnaire.class, reader));
				} catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}
		}
		try (Reader reader = Files.newBufferedReader(file)) {
			return of(fhir.newJsonParser().parseResource(Questionnaire.class, reader));
		} catch (IOException e) {
			throw new IllegalArgumentException("cannot read the HRA Questionnaire " + file.toAbsolutePath()
					+ " (run from the repository root or pass --questionnaire)", e);
		}
	}

	static HraInstrument of(Questionnaire questionnaire) {
		List<Domain> domains = new ArrayList<>();
		for (QuestionnaireItemComponent group : questionnaire.getItem()) {
			String code = group.getCode().stream().filter(c -> CS_HRA_DOMAIN.equals(c.getSystem())).map(Coding::getCode)
					.findFirst().orElse(null);
			Extension threshold = group.getExtensionByUrl(EXT_HRA_NEED_THRESHOLD);
			if (code == null || threshold == null) {
				continue;
			}
			List<Question> questions = group.getItem().stream()
					.map(item -> new Question(item.getLinkId(), item.getText(),
							item.getAnswerOption().stream().map(HraInstrument::option).toList()))
					.filter(q -> !q.options().isEmpty())
					.toList();
			domains.add(new Domain(code, group.getLinkId(), group.getText(),
					((DecimalType) threshold.getValue()).getValue().doubleValue(), questions));
		}
		if (domains.isEmpty()) {
			throw new IllegalArgumentException("the HRA Questionnaire has no domain group with a need threshold");
		}
		return new HraInstrument(questionnaire, domains);
	}

	private static Option option(QuestionnaireItemAnswerOptionComponent option) {
		Coding coding = option.getValueCoding();
		Extension ordinal = coding.getExtensionByUrl(EXT_ORDINAL_VALUE);
		if (ordinal == null) {
			ordinal = option.getExtensionByUrl(EXT_ORDINAL_VALUE);
		}
		BigDecimal value = ordinal == null ? BigDecimal.ZERO : ((DecimalType) ordinal.getValue()).getValue();
		return new Option(new Coding(coding.getSystem(), coding.getCode(), coding.getDisplay()), value.doubleValue());
	}

	/** What a response names: the tool's URL, with {@code |version} when the tool has a version. */
	String canonical() {
		return questionnaire.hasVersion() ? questionnaire.getUrl() + "|" + questionnaire.getVersion() : questionnaire.getUrl();
	}

	/**
	 * The same form as a plan's own HRA tool: another id, canonical URL and version, so that nothing about it is the
	 * guide's {@code dsnp-hra} but its moc-artifact#hra code.
	 */
	HraInstrument asPlanTool(String url, String version) {
		Questionnaire own = questionnaire.copy();
		own.setId(url.substring(url.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9.-]", "-"));
		own.setUrl(url);
		own.setVersion(version);
		own.setName("PlanHra");
		own.setTitle("Plan health risk assessment, version " + version);
		return new HraInstrument(own, domains);
	}

	/** The tool itself, written with the staff so that the server knows (and scores) the HRAs answered on it. */
	Questionnaire questionnaire() {
		return questionnaire;
	}

	List<Domain> domains() {
		return domains;
	}

	/**
	 * Answers every question of a domain. A member with the problem tends to the higher-scoring options; one
	 * without it mostly gives the lowest-scoring answer. Whether it is a need is then read from the score.
	 */
	DomainAnswers answer(Domain domain, boolean troubled, Draws draws) {
		var group = new QuestionnaireResponseItemComponent().setLinkId(domain.linkId()).setText(domain.text());
		double score = 0;
		for (Question question : domain.questions()) {
			List<Option> byScore = question.options().stream().sorted(Comparator.comparingDouble(Option::ordinal)).toList();
			Option chosen;
			if (troubled) {
				chosen = byScore.get(draws.between(byScore.size() / 2, byScore.size() - 1));
			} else {
				chosen = draws.chance(0.8) ? byScore.get(0) : byScore.get(Math.min(1, byScore.size() - 1));
			}
			score += chosen.ordinal();
			group.addItem().setLinkId(question.linkId()).setText(question.text()).addAnswer()
					.setValue(chosen.coding().copy());
		}
		return new DomainAnswers(domain, group, score >= domain.threshold());
	}
}
