package org.snpmoc.hra;

import java.util.Map;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/** A completed HRA to the IG's instrument, for tests outside this package. */
public final class HraFixture {
	private HraFixture() {}

	public static QuestionnaireResponse response(Questionnaire instrument, String patient, String authored) {
		return HraResponses.scoring(instrument, patient, authored, Map.of("mental-health", 10));
	}

	/** A completed HRA with three needs (medical, cognitive, mental health): scored tier high. */
	public static QuestionnaireResponse highRisk(Questionnaire instrument, String patient, String authored) {
		return HraResponses.scoring(instrument, patient, authored, Map.of("medical", 4, "cognitive", 3, "mental-health", 10));
	}
}
