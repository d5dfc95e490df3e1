package org.snpmoc.compliance.factors.hra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.asOf;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.ref;

import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.factors.icp.HraIcpFixtures;

class Factor2B1IcpAfterHraTest {
	private final HraIcpFixtures given = new HraIcpFixtures();
	private final Factor2B1IcpAfterHra check = new Factor2B1IcpAfterHra(30);

	private FactorResult evaluateOn(String asOf) {
		return check.evaluate(given.record(), asOf(asOf));
	}

	@Test
	void icpVersionUsingTheHraOnDay30IsMet() {
		QuestionnaireResponse hra = given.hra("h1", "2026-01-10");
		given.icp("icp1", 1, "2026-02-09").addSupportingInfo(ref(hra));

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).containsExactly("QuestionnaireResponse/h1", "CarePlan/icp1/_history/1");
	}

	@Test
	void icpVersionOnDay31IsLate() {
		QuestionnaireResponse hra = given.hra("h1", "2026-01-10");
		given.icp("icp1", 1, "2026-02-10").addSupportingInfo(ref(hra));

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).isEqualTo("no ICP version using the HRA of 2026-01-10 (QuestionnaireResponse/h1) "
				+ "within 30 days (due 2026-02-09)");
	}

	@Test
	void icpVersionOnTheHraDayCounts() {
		QuestionnaireResponse hra = given.hra("h1", "2026-01-10");
		given.icp("icp1", 1, "2026-01-10").addSupportingInfo(ref(hra));

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void icpVersionBeforeTheHraDoesNotCount() {
		QuestionnaireResponse hra = given.hra("h1", "2026-01-10");
		given.icp("icp1", 1, "2026-01-09").addSupportingInfo(ref(hra));

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void revisionThatDoesNotReferenceTheHraDoesNotCount() {
		given.hra("h1", "2026-01-10");
		QuestionnaireResponse older = given.hra("h0", "2025-06-01");
		given.icp("icp1", 1, "2025-06-20").addSupportingInfo(ref(older));
		given.icp("icp1", 2, "2026-01-20").addSupportingInfo(ref(older));

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).contains("QuestionnaireResponse/h1").doesNotContain("h0");
	}

	@Test
	void laterVersionReferencingTheHraWithinTheWindowIsMet() {
		given.hra("h1", "2026-01-10");
		given.icp("icp1", 1, "2026-01-12");
		given.icp("icp1", 2, "2026-01-25").addSupportingInfo(ref("QuestionnaireResponse/h1/_history/3"));

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).contains("CarePlan/icp1/_history/2");
	}

	@Test
	void hraWhoseWindowIsStillOpenIsPending() {
		given.hra("h1", "2026-06-20");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.PENDING);
		assertThat(result.reason()).contains("is due by 2026-07-20");
	}

	@Test
	void withoutAnyHraTheFactorDoesNotApply() {
		given.enrolled("2026-01-01");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
		assertThat(result.reason()).isEqualTo("no completed HRA at 2026-06-30");
	}

	@Test
	void versionsRevisedAfterAsOfAreNotKnown() {
		QuestionnaireResponse hra = given.hra("h1", "2026-06-10");
		given.icp("icp1", 1, "2026-07-01").addSupportingInfo(ref(hra));

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.PENDING);
	}
}
