package org.snpmoc.compliance.factors.icp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.PATIENT;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.asOf;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.ref;
import static org.snpmoc.contract.MocCodes.ICP_UPDATE_NOTICE;

import org.hl7.fhir.r4.model.CareTeam.CareTeamStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;

class Factor2C5IcpUpdateNoticesTest {
	private final HraIcpFixtures given = new HraIcpFixtures();
	private final Factor2C5IcpUpdateNotices check = new Factor2C5IcpUpdateNotices(new FirstIcpDeadline(90, 30, 120), 14);

	@BeforeEach
	void anIctWithACoordinator() {
		given.ict("ict1", CareTeamStatus.ACTIVE, ref(given.role("cc1", "care-coordinator", "pr1")));
	}

	private FactorResult evaluateOn(String asOf) {
		return check.evaluate(given.record(), asOf(asOf));
	}

	@Test
	void noticesToBeneficiaryAndIctOnDay14AreMet() {
		given.icp("icp1", 1, "2026-03-01");
		given.communication("n1", ICP_UPDATE_NOTICE, "2026-03-02", ref("CarePlan/icp1"), ref(PATIENT));
		given.communication("n2", ICP_UPDATE_NOTICE, "2026-03-15", ref("CarePlan/icp1"), ref("CareTeam/ict1"));

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.reason()).endsWith("within 14 days: done 2026-03-15");
		assertThat(result.evidence()).containsExactly("CarePlan/icp1/_history/1", "Communication/n1", "Communication/n2");
	}

	@Test
	void noticeToTheIctOnDay15IsLate() {
		given.icp("icp1", 1, "2026-03-01");
		given.communication("n1", ICP_UPDATE_NOTICE, "2026-03-02", ref("CarePlan/icp1"), ref(PATIENT));
		given.communication("n2", ICP_UPDATE_NOTICE, "2026-03-16", ref("CarePlan/icp1"), ref("CareTeam/ict1"));

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).isEqualTo("no update notice of the ICP revision of 2026-03-01 (CarePlan/icp1/_history/1) "
				+ "to the beneficiary or caregiver and to the ICT within 14 days (none to the ICT) (due 2026-03-15)");
	}

	@Test
	void oneNoticeToACaregiverAndAMemberOfTheIctIsEnough() {
		given.icp("icp1", 1, "2026-03-01");
		given.communication("n1", ICP_UPDATE_NOTICE, "2026-03-01", ref("CarePlan/icp1/_history/1"),
				ref(given.caregiver("rp1")), ref("PractitionerRole/cc1"));

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void everyRevisionNeedsItsOwnNotices() {
		given.icp("icp1", 1, "2026-01-10");
		given.communication("n1", ICP_UPDATE_NOTICE, "2026-01-11", ref("CarePlan/icp1"), ref(PATIENT), ref("CareTeam/ict1"));
		given.icp("icp1", 2, "2026-03-01");
		given.communication("n2", ICP_UPDATE_NOTICE, "2026-03-02", ref("CarePlan/icp1"), ref("CareTeam/ict1"));

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).contains("revision of 2026-03-01 (CarePlan/icp1/_history/2)")
				.contains("(none to the beneficiary or caregiver)").doesNotContain("2026-01-10");
	}

	@Test
	void noticesAboutAnotherIcpDoNotCount() {
		given.icp("icp1", 1, "2026-03-01");
		given.communication("n1", ICP_UPDATE_NOTICE, "2026-03-02", ref("CarePlan/other"), ref(PATIENT), ref("CareTeam/ict1"));

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void noticeBeforeTheRevisionDoesNotCount() {
		given.icp("icp1", 1, "2026-03-01");
		given.communication("n1", ICP_UPDATE_NOTICE, "2026-02-28", ref("CarePlan/icp1"), ref(PATIENT), ref("CareTeam/ict1"));

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void recentRevisionNotYetAnnouncedIsPending() {
		given.icp("icp1", 1, "2026-06-20");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.PENDING);
		assertThat(result.reason()).endsWith("is due by 2026-07-04");
	}

	@Test
	void withoutAnyIcpTheFactorDoesNotApply() {
		given.enrolled("2025-01-01");

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
		assertThat(result.reason()).isEqualTo("no ICP at 2026-06-30");
	}
}
