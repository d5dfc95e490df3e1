package org.snpmoc.compliance.factors.icp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.asOf;

import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;

class Factor2C2IcpTimelinessTest {
	private final HraIcpFixtures given = new HraIcpFixtures();
	private final Factor2C2IcpTimeliness check = new Factor2C2IcpTimeliness(new FirstIcpDeadline(90, 30, 120), 365, 30);

	private FactorResult evaluateOn(String asOf) {
		return check.evaluate(given.record(), asOf(asOf));
	}

	@Test
	void firstIcpOnDay120AfterEnrollmentIsMet() {
		given.enrolled("2026-01-01");
		given.icp("icp1", 1, "2026-05-01");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).containsExactly("Coverage/cov1", "CarePlan/icp1/_history/1");
		assertThat(result.reason()).isEqualTo("first ICP for the enrollment of 2026-01-01: done 2026-05-01");
	}

	@Test
	void firstIcpOnDay121IsLate() {
		given.enrolled("2026-01-01");
		given.icp("icp1", 1, "2026-05-02");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).isEqualTo("no first ICP for the enrollment of 2026-01-01 (due 2026-05-01)");
	}

	@Test
	void firstIcpIsDue30DaysAfterAnEarlyHra() {
		given.enrolled("2026-01-01");
		given.hra("h1", "2026-01-10");
		given.icp("icp1", 1, "2026-02-09");
		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.MET);

		HraIcpFixtures late = new HraIcpFixtures();
		late.enrolled("2026-01-01");
		late.hra("h1", "2026-01-10");
		late.icp("icp1", 1, "2026-02-10");
		assertThat(check.evaluate(late.record(), asOf("2026-06-30")).outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void noIcpBeforeTheFirstDeadlineIsPending() {
		given.enrolled("2026-05-01");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.PENDING);
		assertThat(result.reason()).isEqualTo("first ICP for the enrollment of 2026-05-01 is due by 2026-08-29");
	}

	@Test
	void noIcpLongAfterTheFirstDeadlineStaysNotMet() {
		given.enrolled("2023-01-01");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).startsWith("no ICP revision within 365 days of the missed deadline");
	}

	@Test
	void revisionOnDay365IsMet() {
		given.enrolled("2025-01-01");
		given.icp("icp1", 1, "2025-02-01");
		given.icp("icp1", 2, "2026-02-01");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.reason()).contains("ICP revision within 365 days of the previous one on 2025-02-01: done 2026-02-01");
	}

	@Test
	void revisionOnDay366IsLate() {
		given.enrolled("2025-01-01");
		given.icp("icp1", 1, "2025-02-01");
		given.icp("icp1", 2, "2026-02-02");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).isEqualTo("no ICP revision within 365 days of the previous one on 2025-02-01 (due 2026-02-01)");
	}

	@Test
	void sameDayVersionsCountOnceAndBothAreEvidence() {
		given.enrolled("2026-01-01");
		given.icp("icp1", 1, "2026-02-01");
		given.icp("icp1", 2, "2026-02-01");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).contains("CarePlan/icp1/_history/1", "CarePlan/icp1/_history/2");
	}

	@Test
	void revisionOnDay30AfterDischargeIsMet() {
		given.enrolled("2026-01-01");
		given.icp("icp1", 1, "2026-01-20");
		given.stay("e1", "2026-02-25", "2026-03-01");
		given.icp("icp1", 2, "2026-03-31");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).contains("Encounter/e1", "CarePlan/icp1/_history/2");
	}

	@Test
	void revisionOnDay31AfterDischargeIsLate() {
		given.enrolled("2026-01-01");
		given.icp("icp1", 1, "2026-01-20");
		given.stay("e1", "2026-02-25", "2026-03-01");
		given.icp("icp1", 2, "2026-04-01");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).isEqualTo(
				"no ICP revision within 30 days after the discharge of 2026-03-01 (Encounter/e1) (due 2026-03-31)");
	}

	@Test
	void withoutEnrollmentTheReviewClockRunsFromTheFirstIcp() {
		given.icp("icp1", 1, "2025-01-10");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).isEqualTo("no ICP revision within 365 days of the previous one on 2025-01-10 (due 2026-01-10)");
	}

	@Test
	void withoutEnrollmentAndIcpTheFactorDoesNotApply() {
		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
		assertThat(result.reason()).isEqualTo("no ICP and no active SNP enrollment (Coverage type snp-enrollment) at 2026-06-30");
	}
}
