package org.snpmoc.hra;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.CS_HRA_DOMAIN;
import static org.snpmoc.contract.MocCodes.HRA;
import static org.snpmoc.contract.MocCodes.RISK_PROBABILITY;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.RiskAssessment.RiskAssessmentPredictionComponent;
import org.snpmoc.contract.MocCodes;

/** Builds the RiskAssessment of a scored HRA, as the moc-risk-assessment profile describes it. */
final class RiskAssessments {
	static final String PROFILE = MocCodes.profile("moc-risk-assessment");
	private static final int MAX_ID = 64;

	private RiskAssessments() {}

	/** The id of the RiskAssessment of a response: one per response, so rescoring rewrites it. */
	static String idFor(String responseId) {
		String id = "hra-" + responseId;
		return id.length() <= MAX_ID ? id : "hra-" + UUID.nameUUIDFromBytes(responseId.getBytes(StandardCharsets.UTF_8));
	}

	static RiskAssessment build(String responseId, QuestionnaireResponse response, HraScore score) {
		RiskAssessment risk = new RiskAssessment();
		risk.setId(idFor(responseId));
		risk.getMeta().addProfile(PROFILE);
		risk.setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
		risk.setSubject(response.getSubject().copy());
		risk.setOccurrence(response.getAuthoredElement().copy());
		risk.addBasis(new Reference("QuestionnaireResponse/" + responseId));
		risk.setMethod(new CodeableConcept(new Coding(CS_ARTIFACT, HRA, "Health risk assessment"))
				.setText("HRA stratification: domain scores against the instrument's need thresholds"));

		List<HraScore.Domain> needs = score.needs();
		RiskAssessmentPredictionComponent tier = risk.addPrediction();
		tier.setQualitativeRisk(new CodeableConcept(new Coding(RISK_PROBABILITY, score.tier(), display(score.tier()))));
		tier.setRationale(needs.size() + " of " + score.domains().size() + " domains at or above their need threshold");
		for (HraScore.Domain need : needs) {
			RiskAssessmentPredictionComponent prediction = risk.addPrediction();
			prediction.setOutcome(new CodeableConcept(new Coding(CS_HRA_DOMAIN, need.code(), need.display())));
			prediction.setRationale("Score " + plain(need.score()) + " (need threshold " + plain(need.threshold()) + ")");
		}

		risk.addNote().setText("Domain scores: " + score.domains().stream()
				.map(d -> d.code() + " " + plain(d.score()) + (d.threshold() == null ? " (no threshold)"
						: " of threshold " + plain(d.threshold())))
				.collect(Collectors.joining("; ")) + ".");
		if (!score.unanswered().isEmpty()) {
			risk.addNote().setText("Scored on the answers present; unanswered: " + unansweredText(score) + ".");
		}
		return risk;
	}

	private static String unansweredText(HraScore score) {
		String domains = score.domains().stream()
				.filter(d -> d.answered() == 0 && d.questions() > 0)
				.map(HraScore.Domain::code)
				.collect(Collectors.joining(", "));
		String items = String.join(", ", score.unanswered());
		return domains.isEmpty() ? "items " + items : "domains " + domains + " (no answer at all); items " + items;
	}

	private static String display(String tier) {
		return switch (tier) {
			case "high" -> "High likelihood";
			case "moderate" -> "Moderate likelihood";
			default -> "Low likelihood";
		};
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
