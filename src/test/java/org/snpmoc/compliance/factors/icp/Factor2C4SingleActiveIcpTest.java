package org.snpmoc.compliance.factors.icp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.asOf;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.ref;

import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CareTeam.CareTeamStatus;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;

class Factor2C4SingleActiveIcpTest {
	private final HraIcpFixtures given = new HraIcpFixtures();
	private final Factor2C4SingleActiveIcp check = new Factor2C4SingleActiveIcp(new FirstIcpDeadline(90, 30, 120));

	private FactorResult evaluateOn(String asOf) {
		return check.evaluate(given.record(), asOf(asOf));
	}

	@Test
	void oneActiveIcpReferencingTheActiveIctIsMet() {
		given.ict("ict1", CareTeamStatus.ACTIVE);
		given.icp("icp1", 1, "2026-01-20").addCareTeam(ref("CareTeam/ict1"));

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).containsExactly("CarePlan/icp1/_history/1", "CareTeam/ict1");
	}

	@Test
	void twoActiveIcpsAreNotMet() {
		given.ict("ict1", CareTeamStatus.ACTIVE);
		given.icp("icp1", 1, "2026-01-20").addCareTeam(ref("CareTeam/ict1"));
		given.icp("icp2", 1, "2026-02-20").addCareTeam(ref("CareTeam/ict1"));

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).isEqualTo("no single active ICP (2 are active: CarePlan/icp1/_history/1, "
				+ "CarePlan/icp2/_history/1)");
	}

	@Test
	void anIcpWhoseLatestVersionIsCompletedIsNoLongerActive() {
		given.ict("ict1", CareTeamStatus.ACTIVE);
		given.icp("old", 1, "2025-01-20");
		given.icp("old", 2, "2026-01-19", CarePlanStatus.COMPLETED);
		given.icp("icp1", 1, "2026-01-20").addCareTeam(ref("CareTeam/ict1"));

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void icpReferencingAnInactiveTeamIsNotMet() {
		given.ict("ict0", CareTeamStatus.INACTIVE);
		given.ict("ict1", CareTeamStatus.ACTIVE);
		given.icp("icp1", 1, "2026-01-20").addCareTeam(ref("CareTeam/ict0"));

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).isEqualTo(
				"no active ICT referenced (careTeam) by the current ICP (CarePlan/icp1/_history/1)");
	}

	@Test
	void noActiveIcpAfterTheFirstDeadlineIsNotMet() {
		given.enrolled("2026-01-01");
		given.icp("icp1", 1, "2026-01-20", CarePlanStatus.REVOKED);

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).isEqualTo("no active ICP at 2026-06-30; the first was due 2026-05-01");
	}

	@Test
	void noIcpBeforeTheFirstDeadlineIsPending() {
		given.enrolled("2026-06-01");
		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.PENDING);
	}

	@Test
	void withoutEnrollmentAndIcpTheFactorDoesNotApply() {
		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
	}
}
