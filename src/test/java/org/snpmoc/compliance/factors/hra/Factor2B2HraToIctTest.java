package org.snpmoc.compliance.factors.hra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.asOf;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.ref;
import static org.snpmoc.contract.MocCodes.HRA_DISSEMINATION;

import org.hl7.fhir.r4.model.CareTeam.CareTeamStatus;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.factors.icp.HraIcpFixtures;

class Factor2B2HraToIctTest {
	private final HraIcpFixtures given = new HraIcpFixtures();
	private final Factor2B2HraToIct check = new Factor2B2HraToIct(30);
	private PractitionerRole nurse;
	private QuestionnaireResponse hra;

	@BeforeEach
	void anIctWithANurse() {
		nurse = given.role("nurse1", "nurse", "pr1");
		given.ict("ict1", CareTeamStatus.ACTIVE, ref(nurse));
		hra = given.hra("h1", "2026-01-10");
	}

	private FactorResult evaluateOn(String asOf) {
		return check.evaluate(given.record(), asOf(asOf));
	}

	@Test
	void hraSentToTheCareTeamOnDay30IsMet() {
		given.communication("c1", HRA_DISSEMINATION, "2026-02-09", ref(hra), ref("CareTeam/ict1"));

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).containsExactly("QuestionnaireResponse/h1", "Communication/c1");
	}

	@Test
	void hraSentOnDay31IsLate() {
		given.communication("c1", HRA_DISSEMINATION, "2026-02-10", ref(hra), ref("CareTeam/ict1"));

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).isEqualTo(
				"no HRA of 2026-01-10 (QuestionnaireResponse/h1) sent to the ICT within 30 days (due 2026-02-09)");
	}

	@Test
	void hraSentToAMemberOrTheMembersPractitionerIsMet() {
		given.communication("c1", HRA_DISSEMINATION, "2026-01-12", ref(hra), ref(nurse));
		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.MET);

		HraIcpFixtures other = new HraIcpFixtures();
		other.ict("ict1", CareTeamStatus.ACTIVE, ref(other.role("nurse1", "nurse", "pr1")));
		QuestionnaireResponse otherHra = other.hra("h1", "2026-01-10");
		other.communication("c1", HRA_DISSEMINATION, "2026-01-12", ref(otherHra), ref("Practitioner/pr1"));
		assertThat(check.evaluate(other.record(), asOf("2026-06-30")).outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void hraSentToAnInactiveIctStillReachesTheTeam() {
		given.ict("ict0", CareTeamStatus.INACTIVE);
		given.communication("c1", HRA_DISSEMINATION, "2026-01-12", ref(hra), ref("CareTeam/ict0"));

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void hraSentToSomeoneOutsideTheIctDoesNotCount() {
		given.communication("c1", HRA_DISSEMINATION, "2026-01-12", ref(hra), ref("Practitioner/stranger"));

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void disseminationOfAnotherHraDoesNotCount() {
		given.communication("c1", HRA_DISSEMINATION, "2026-01-12", ref("QuestionnaireResponse/other"), ref("CareTeam/ict1"));

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void hraNamedInThePayloadCounts() {
		Communication sent = given.communication("c1", HRA_DISSEMINATION, "2026-01-12", ref("Patient/p1"), ref("CareTeam/ict1"));
		sent.addPayload().setContent(ref(hra));

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void otherCategoriesDoNotCount() {
		given.communication("c1", "ict-meeting", "2026-01-12", ref(hra), ref("CareTeam/ict1"));

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void recentHraNotYetSentIsPending() {
		assertThat(evaluateOn("2026-02-08").outcome()).isEqualTo(Outcome.PENDING);
	}

	@Test
	void withoutAnyHraTheFactorDoesNotApply() {
		assertThat(evaluateOn("2026-01-09").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
	}
}
