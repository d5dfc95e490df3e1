package org.snpmoc.compliance.factors.hra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.asOf;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.concept;
import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.WORK_ITEM;

import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.factors.icp.HraIcpFixtures;

class Factor2B3HraTimelinessTest {
	private final HraIcpFixtures given = new HraIcpFixtures();
	private final Factor2B3HraTimeliness check = new Factor2B3HraTimeliness(90, 365, 30, 3);

	private FactorResult evaluateOn(String asOf) {
		return check.evaluate(given.record(), asOf(asOf));
	}

	@Test
	void withoutEnrollmentTheFactorDoesNotApply() {
		given.hra("h1", "2026-01-10");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
		assertThat(result.reason()).isEqualTo("no active SNP enrollment (Coverage type snp-enrollment) at 2026-06-30");
	}

	@Test
	void hraOnDay90AfterEnrollmentIsMet() {
		given.enrolled("2026-01-01");
		given.hra("h1", "2026-04-01");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).containsExactly("Coverage/cov1", "QuestionnaireResponse/h1");
	}

	@Test
	void hraOnDay91IsLate() {
		given.enrolled("2026-01-01");
		given.hra("h1", "2026-04-02");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason())
				.isEqualTo("no HRA within 90 days of the enrollment date 2026-01-01 (due 2026-04-01)");
	}

	@Test
	void hraUpTo90DaysBeforeEnrollmentCounts() {
		given.enrolled("2026-01-01");
		given.hra("h1", "2025-10-03");
		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void hra91DaysBeforeEnrollmentDoesNotCount() {
		given.enrolled("2026-01-01");
		given.hra("h1", "2025-10-02");
		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void newEnrolleeWithoutHraYetIsPending() {
		given.enrolled("2026-05-01");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.PENDING);
		assertThat(result.reason()).isEqualTo("HRA within 90 days of the enrollment date 2026-05-01 is due by 2026-07-30");
	}

	@Test
	void deadlineOnAsOfItselfIsJudged() {
		given.enrolled("2026-01-01");
		assertThat(evaluateOn("2026-04-01").outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void nextHraOnDay365IsMet() {
		given.enrolled("2025-01-01");
		given.hra("h1", "2025-01-10");
		given.hra("h2", "2026-01-10");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.reason()).isEqualTo("HRA within 365 days of the previous one on 2025-01-10: done 2026-01-10");
	}

	@Test
	void nextHraOnDay366IsLate() {
		given.enrolled("2025-01-01");
		given.hra("h1", "2025-01-10");
		given.hra("h2", "2026-01-11");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).isEqualTo("no HRA within 365 days of the previous one on 2025-01-10 (due 2026-01-10)");
	}

	@Test
	void anHraNeverDoneStaysAYearlyMiss() {
		given.enrolled("2022-01-01");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).startsWith("no HRA within 365 days of the missed deadline");
	}

	@Test
	void afterALateHraTheNextYearRunsFromIt() {
		given.enrolled("2024-01-01");
		given.hra("h1", "2024-01-10");
		given.hra("late", "2025-03-01");
		given.hra("h3", "2026-02-28");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.reason()).contains("HRA within 365 days of the late one on 2025-03-01: done 2026-02-28");
	}

	@Test
	void reassessmentOnDay30AfterDischargeIsMet() {
		given.enrolled("2026-01-01");
		given.hra("h1", "2026-01-05");
		given.stay("e1", "2026-02-20", "2026-03-01");
		given.hra("h2", "2026-03-31");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).contains("Encounter/e1", "QuestionnaireResponse/h2");
	}

	@Test
	void reassessmentOnDay31AfterDischargeIsLate() {
		given.enrolled("2026-01-01");
		given.hra("h1", "2026-01-05");
		given.stay("e1", "2026-02-20", "2026-03-01");
		given.hra("h2", "2026-04-01");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason())
				.isEqualTo("no HRA within 30 days after the discharge of 2026-03-01 (Encounter/e1) (due 2026-03-31)");
	}

	@Test
	void recentDischargeIsStillOpenButDoesNotMakeTheFactorPending() {
		given.enrolled("2026-01-01");
		given.hra("h1", "2026-01-05");
		given.stay("e1", "2026-06-20", "2026-06-25");

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void threeAttemptsEndingInDeclinedMeetTheWindowByOutreach() {
		given.enrolled("2026-01-01");
		given.outreach("t1", "2026-01-05", "unable-to-contact");
		given.outreach("t2", "2026-01-20", "unable-to-contact");
		given.outreach("t3", "2026-02-10", "declined");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET_BY_OUTREACH);
		assertThat(result.reason()).isEqualTo(
				"HRA within 90 days of the enrollment date 2026-01-01: met by documented outreach (2026-02-10)");
		assertThat(result.evidence()).containsExactly("Coverage/cov1", "Task/t1", "Task/t2", "Task/t3");
	}

	@Test
	void twoAttemptsAreNotEnough() {
		given.enrolled("2026-01-01");
		given.outreach("t1", "2026-01-05", "unable-to-contact");
		given.outreach("t2", "2026-02-10", "declined");

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void lastAttemptThatReachedTheBeneficiaryDoesNotExcuseTheHra() {
		given.enrolled("2026-01-01");
		given.outreach("t1", "2026-01-05", "unable-to-contact");
		given.outreach("t2", "2026-01-20", "declined");
		given.outreach("t3", "2026-02-10", "completed");

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void lastAttemptWithoutOutcomeDoesNotExcuseTheHra() {
		given.enrolled("2026-01-01");
		given.outreach("t1", "2026-01-05", "unable-to-contact");
		given.outreach("t2", "2026-01-20", "declined");
		given.outreach("t3", "2026-02-10", "declined").setStatusReason(null);

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void attemptsOutsideTheWindowDoNotCount() {
		given.enrolled("2026-01-01");
		given.outreach("t1", "2026-01-05", "unable-to-contact");
		given.outreach("t2", "2026-01-20", "unable-to-contact");
		given.outreach("t3", "2026-04-02", "declined");

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void workItemsAreNeverEvidence() {
		given.enrolled("2026-01-01");
		given.outreach("t1", "2026-01-05", "unable-to-contact");
		given.outreach("t2", "2026-01-20", "unable-to-contact");
		given.outreach("t3", "2026-02-10", "declined").getCode().addCoding(concept(CS_ARTIFACT, WORK_ITEM).getCodingFirstRep());

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void anHraInTheWindowWinsOverOutreach() {
		given.enrolled("2026-01-01");
		given.outreach("t1", "2026-01-05", "unable-to-contact");
		given.outreach("t2", "2026-01-20", "unable-to-contact");
		given.outreach("t3", "2026-02-10", "declined");
		given.hra("h1", "2026-03-01");

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void afterAWindowMetByOutreachTheNextEndsAYearAfterItsDeadline() {
		given.enrolled("2025-01-01");
		given.outreach("t1", "2025-01-05", "unable-to-contact");
		given.outreach("t2", "2025-01-20", "unable-to-contact");
		given.outreach("t3", "2025-02-10", "declined");
		given.hra("h1", "2026-04-01");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.reason())
				.isEqualTo("HRA within 365 days of the outreach window that closed 2025-04-01: done 2026-04-01");
	}
}
