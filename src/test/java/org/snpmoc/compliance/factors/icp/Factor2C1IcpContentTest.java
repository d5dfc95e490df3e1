package org.snpmoc.compliance.factors.icp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.asOf;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.concept;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.ref;

import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.Goal;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;

class Factor2C1IcpContentTest {
	private final HraIcpFixtures given = new HraIcpFixtures();
	private final Factor2C1IcpContent check = new Factor2C1IcpContent(new FirstIcpDeadline(90, 30, 120), 30);

	private FactorResult evaluateOn(String asOf) {
		return check.evaluate(given.record(), asOf(asOf));
	}

	/** An ICP with a self-management goal, a care preference and an activity serving the goal. */
	private CarePlan completeIcp(String id, int version, String revised, Goal goal) {
		CarePlan plan = given.icp(id, version, revised);
		plan.addGoal(ref(goal));
		plan.addSupportingInfo(ref("Observation/pref1"));
		plan.addActivity().getDetail().addGoal(ref(goal));
		return plan;
	}

	private Goal onTrackGoal() {
		return given.goal("g1", true, "in-progress", "2026-02-01");
	}

	@Test
	void completeIcpIsMet() {
		given.enrolled("2026-01-01");
		given.preference("pref1");
		completeIcp("icp1", 1, "2026-01-20", onTrackGoal());

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).containsExactly("CarePlan/icp1/_history/1", "Goal/g1", "Observation/pref1");
	}

	@Test
	void goalWithoutSelfManagementCategoryIsNotEnough() {
		given.preference("pref1");
		completeIcp("icp1", 1, "2026-01-20", given.goal("g1", false, "in-progress", "2026-02-01"));

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).isEqualTo(
				"no self-management goal on the current ICP (CarePlan/icp1/_history/1)");
	}

	@Test
	void icpWithoutCarePreferenceIsNotMet() {
		completeIcp("icp1", 1, "2026-01-20", onTrackGoal());

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).contains("no care-preference Observation on the current ICP");
	}

	@Test
	void activityTiedToANeedByReasonCodeCounts() {
		given.preference("pref1");
		Goal goal = onTrackGoal();
		CarePlan plan = given.icp("icp1", 1, "2026-01-20");
		plan.addGoal(ref(goal)).addSupportingInfo(ref("Observation/pref1"));
		plan.addActivity().getDetail().addReasonCode(concept("http://snomed.info/sct", "73211009"));

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void activityTiedToNothingIsNotMet() {
		given.preference("pref1");
		Goal goal = onTrackGoal();
		CarePlan plan = given.icp("icp1", 1, "2026-01-20");
		plan.addGoal(ref(goal)).addSupportingInfo(ref("Observation/pref1"));
		plan.addActivity().getDetail().setDescription("weekly call");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).contains("no activity tied to a goal or a need");
	}

	@Test
	void everyGoalNeedsAnAchievementStatus() {
		given.preference("pref1");
		CarePlan plan = completeIcp("icp1", 1, "2026-01-20", onTrackGoal());
		plan.addGoal(ref(given.goal("g2", false, null, null)));

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).contains("(missing on Goal/g2)");
	}

	@Test
	void onlyTheCurrentVersionIsJudged() {
		given.preference("pref1");
		completeIcp("icp1", 1, "2026-01-20", onTrackGoal());
		given.icp("icp1", 2, "2026-03-01");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).contains("CarePlan/icp1/_history/2");
	}

	@Test
	void goalNotMetFollowedByARevisionOnDay30IsMet() {
		given.preference("pref1");
		Goal goal = given.goal("g1", true, "not-achieved", "2026-03-01");
		completeIcp("icp1", 1, "2026-01-20", goal);
		completeIcp("icp1", 2, "2026-03-31", goal);

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.reason()).contains("new HRA or ICP revision within 30 days after Goal/g1 was reported "
				+ "not-achieved on 2026-03-01: done 2026-03-31");
	}

	@Test
	void goalNotMetFollowedByARevisionOnDay31IsLate() {
		given.preference("pref1");
		Goal goal = given.goal("g1", true, "worsening", "2026-03-01");
		completeIcp("icp1", 1, "2026-01-20", goal);
		completeIcp("icp1", 2, "2026-04-01", goal);

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).isEqualTo("no new HRA or ICP revision within 30 days after Goal/g1 was reported "
				+ "worsening on 2026-03-01 (due 2026-03-31)");
	}

	@Test
	void goalNotMetFollowedByANewHraIsMet() {
		given.preference("pref1");
		Goal goal = given.goal("g1", true, "no-progress", "2026-03-01");
		completeIcp("icp1", 1, "2026-01-20", goal);
		given.hra("h2", "2026-03-15");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).contains("QuestionnaireResponse/h2");
	}

	@Test
	void goalJustReportedNotMetDoesNotMakeTheFactorPending() {
		given.preference("pref1");
		completeIcp("icp1", 1, "2026-01-20", given.goal("g1", true, "not-achieved", "2026-06-25"));

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void noActiveIcpBeforeTheFirstDeadlineIsPending() {
		given.enrolled("2026-03-01");

		FactorResult result = evaluateOn("2026-06-28");

		assertThat(result.outcome()).isEqualTo(Outcome.PENDING);
		assertThat(result.reason()).isEqualTo("the first ICP is due by 2026-06-29");
	}

	@Test
	void noActiveIcpOnTheFirstDeadlineItselfIsNotMet() {
		given.enrolled("2026-03-01");

		FactorResult result = evaluateOn("2026-06-29");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).isEqualTo("no active ICP at 2026-06-29; the first was due 2026-06-29");
	}

	@Test
	void noActiveIcpAfterTheFirstDeadlineIsNotMet() {
		given.enrolled("2026-01-01");
		given.hra("h1", "2026-01-10");
		given.icp("icp1", 1, "2026-01-20", CarePlanStatus.DRAFT);

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).isEqualTo("no active ICP at 2026-06-30; the first was due 2026-02-09");
		assertThat(result.evidence()).containsExactly("Coverage/cov1");
	}

	@Test
	void withoutEnrollmentAndIcpTheFactorDoesNotApply() {
		given.hra("h1", "2026-01-10");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
		assertThat(result.reason())
				.isEqualTo("no active ICP and no active SNP enrollment (Coverage type snp-enrollment) at 2026-06-30");
	}
}
