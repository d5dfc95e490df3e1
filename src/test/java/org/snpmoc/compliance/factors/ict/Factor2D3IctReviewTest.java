package org.snpmoc.compliance.factors.ict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.ict.IctFixtures.*;
import static org.snpmoc.contract.MocCodes.ICT_MEETING;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Communication;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.Outcome;

class Factor2D3IctReviewTest {
	private final Factor2D3IctReview check = new Factor2D3IctReview(365);
	private static final LocalDate START = LocalDate.of(2025, 3, 1);

	private static Communication meeting(String id, LocalDate sent, String about) {
		return communication(id, ICT_MEETING, sent, List.of(about), List.of("CareTeam/t1"));
	}

	@Test
	void metByAMeetingAboutTheIcpWithinAYearOfTheTeamStart() {
		var result = check.evaluate(record(ict("t1", START), icp("cp1"), meeting("m1", START.plusDays(365), "CarePlan/cp1")),
				CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).containsExactly("CareTeam/t1", "Communication/m1");
	}

	@Test
	void aReviewInTheLookBackYearMeetsItEvenOnDay366AfterTheStart() {
		// The 365-day gap between meetings is 2D.4's rule; 2D.3 asks for a review in the look-back year.
		var result = check.evaluate(record(ict("t1", START), icp("cp1"), meeting("m1", START.plusDays(366), "CarePlan/cp1")),
				CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void notMetWithoutAReviewInTheLookBackYear() {
		var result = check.evaluate(record(ict("t1", START.minusDays(200)), icp("cp1"),
				meeting("m1", CONTEXT.lookBackStart(), "CarePlan/cp1")), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).contains("no ICT review of the beneficiary's ICP in the look-back year ("
				+ CONTEXT.lookBackStart().plusDays(1) + " to " + CONTEXT.asOf() + ")");
	}

	@Test
	void aMeetingAboutAGoalOfTheIcpCounts() {
		var result = check.evaluate(record(ict("t1", START), icp("cp1", "Goal/g1"), meeting("m1", START.plusDays(300), "Goal/g1")),
				CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void aMeetingAboutSomethingElseDoesNotCount() {
		var result = check.evaluate(record(ict("t1", START), icp("cp1"), meeting("m1", START.plusDays(30), "Condition/c1")),
				CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void pendingBeforeTheFirstReviewIsDue() {
		var result = check.evaluate(record(ict("t1", daysBefore(100)), icp("cp1")), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.PENDING);
		assertThat(result.reason()).contains("is due by " + daysBefore(100).plusDays(365));
	}

	@Test
	void anOldMissOutsideTheLookBackYearNoLongerCounts() {
		LocalDate start = LocalDate.of(2023, 1, 1);
		var late = meeting("m1", LocalDate.of(2024, 3, 1), "CarePlan/cp1");
		var next = meeting("m2", LocalDate.of(2025, 1, 15), "CarePlan/cp1");
		var recent = meeting("m3", LocalDate.of(2025, 12, 1), "CarePlan/cp1");

		var result = check.evaluate(record(ict("t1", start), icp("cp1"), late, next, recent), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).containsExactly("CareTeam/t1", "Communication/m3");
	}

	@Test
	void notApplicableWithoutATeam() {
		assertThat(check.evaluate(record(icp("cp1")), CONTEXT).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
	}
}
