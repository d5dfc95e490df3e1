package org.snpmoc.compliance.factors.ict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.ict.IctFixtures.*;

import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.Outcome;

class Factor2D2IctRolesTest {
	private final Factor2D2IctRoles check = new Factor2D2IctRoles(90, 30);

	@Test
	void metWhenEveryMemberHasARoleAndOneCoordinatorLeads() {
		var team = ict("t1", daysBefore(200), member(PATIENT, "beneficiary"), member("PractitionerRole/cc", "care-coordinator"),
				member("PractitionerRole/old", "care-coordinator", daysBefore(200), daysBefore(100)));

		var result = check.evaluate(record(team), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).containsExactly("CareTeam/t1");
	}

	@Test
	void notMetWhenAMemberHasNoIctRole() {
		var team = ict("t1", daysBefore(200), member(PATIENT, null), member("PractitionerRole/cc", "care-coordinator"));

		var result = check.evaluate(record(team), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).contains("no ict-role for Patient/p1");
	}

	@Test
	void notMetWithTwoActiveCoordinators() {
		var team = ict("t1", daysBefore(200), member("PractitionerRole/a", "care-coordinator"),
				member("PractitionerRole/b", "care-coordinator"));

		assertThat(check.evaluate(record(team), CONTEXT).reason()).contains("2 active care-coordinators");
	}

	@Test
	void notMetWhenTheOnlyCoordinatorLeftBeforeAsOf() {
		var team = ict("t1", daysBefore(200), member("PractitionerRole/a", "care-coordinator", null, daysBefore(1)));

		assertThat(check.evaluate(record(team), CONTEXT).reason()).contains("0 active care-coordinators");
	}

	@Test
	void aCoordinatorEndingOnAsOfStillLeads() {
		var team = ict("t1", daysBefore(200), member("PractitionerRole/a", "care-coordinator", null, AS_OF));

		assertThat(check.evaluate(record(team), CONTEXT).outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void withoutATeamFollowsTheTeamDeadline() {
		assertThat(check.evaluate(record(enrollment(daysBefore(10))), CONTEXT).outcome()).isEqualTo(Outcome.PENDING);
		assertThat(check.evaluate(record(), CONTEXT).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
	}
}
