package org.snpmoc.compliance.factors.hra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.asOf;

import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.factors.icp.HraIcpFixtures;

class Factor2B4RiskStratificationTest {
	private final HraIcpFixtures given = new HraIcpFixtures();
	private final Factor2B4RiskStratification check = new Factor2B4RiskStratification(30);

	private FactorResult evaluateOn(String asOf) {
		return check.evaluate(given.record(), asOf(asOf));
	}

	@Test
	void riskAssessmentOnDay30IsMet() {
		QuestionnaireResponse hra = given.hra("h1", "2026-01-10");
		given.risk("ra1", hra, "2026-02-09");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).containsExactly("QuestionnaireResponse/h1", "RiskAssessment/ra1");
	}

	@Test
	void riskAssessmentOnDay31IsLate() {
		QuestionnaireResponse hra = given.hra("h1", "2026-01-10");
		given.risk("ra1", hra, "2026-02-10");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).isEqualTo("no RiskAssessment based on the HRA of 2026-01-10 (QuestionnaireResponse/h1) "
				+ "within 30 days (due 2026-02-09)");
	}

	@Test
	void occurrencePeriodStartDatesTheAssessment() {
		QuestionnaireResponse hra = given.hra("h1", "2026-01-10");
		given.risk("ra1", hra, null).setOccurrence(new Period().setStartElement(new DateTimeType("2026-01-10")));

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void assessmentWithoutOccurrenceCannotBeDatedAndIsNamed() {
		QuestionnaireResponse hra = given.hra("h1", "2026-01-10");
		given.risk("ra1", hra, null);

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).endsWith("; not counted, having no occurrence date: RiskAssessment/ra1");
	}

	@Test
	void assessmentBasedOnAnotherHraDoesNotCount() {
		given.hra("h1", "2026-01-10");
		QuestionnaireResponse older = given.hra("h0", "2025-09-01");
		given.risk("ra0", older, "2025-09-01");
		given.risk("ra1", older, "2026-01-10");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).contains("QuestionnaireResponse/h1").doesNotContain("QuestionnaireResponse/h0");
	}

	@Test
	void everyHraNeedsItsOwnAssessment() {
		QuestionnaireResponse first = given.hra("h1", "2025-09-01");
		QuestionnaireResponse second = given.hra("h2", "2026-03-01");
		given.risk("ra1", first, "2025-09-01");
		given.risk("ra2", second, "2026-03-02");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).contains("RiskAssessment/ra1", "RiskAssessment/ra2");
	}

	@Test
	void recentHraNotYetStratifiedIsPending() {
		given.hra("h1", "2026-06-20");
		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.PENDING);
	}

	@Test
	void withoutAnyHraTheFactorDoesNotApply() {
		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
	}
}
