package org.snpmoc.compliance.factors.icp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.PATIENT;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.asOf;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.ref;

import org.hl7.fhir.r4.model.CarePlan;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;

class Factor2C3IcpAuthorshipTest {
	private final HraIcpFixtures given = new HraIcpFixtures();
	private final Factor2C3IcpAuthorship check = new Factor2C3IcpAuthorship(new FirstIcpDeadline(90, 30, 120));

	private FactorResult evaluateOn(String asOf) {
		return check.evaluate(given.record(), asOf(asOf));
	}

	@Test
	void clinicalAuthorWithTheBeneficiaryContributingIsMet() {
		CarePlan plan = given.icp("icp1", 1, "2026-01-20");
		plan.setAuthor(ref(given.role("cc1", "care-coordinator", "pr1")));
		plan.addContributor(ref(PATIENT));

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).containsExactly("CarePlan/icp1/_history/1", "PractitionerRole/cc1", "Patient/p1");
	}

	@Test
	void caregiverAsContributorCounts() {
		CarePlan plan = given.icp("icp1", 1, "2026-01-20");
		plan.setAuthor(ref(given.role("rn1", "nurse", "pr1")));
		plan.addContributor(ref(given.caregiver("rp1")));

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void administrativeAuthorIsNotClinical() {
		CarePlan plan = given.icp("icp1", 1, "2026-01-20");
		plan.setAuthor(ref(given.role("en1", "enrollment-staff", "pr1")));
		plan.addContributor(ref(PATIENT));

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).isEqualTo("no clinical author (a PractitionerRole with a clinical ict-role) of the "
				+ "current ICP (CarePlan/icp1/_history/1); its author PractitionerRole/en1 is not one");
	}

	@Test
	void practitionerWithoutRoleIsNotEnough() {
		CarePlan plan = given.icp("icp1", 1, "2026-01-20");
		plan.setAuthor(ref("Practitioner/pr1"));
		plan.addContributor(ref(PATIENT));

		assertThat(evaluateOn("2026-06-30").outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void icpWithoutBeneficiaryOrCaregiverContributingIsNotMet() {
		CarePlan plan = given.icp("icp1", 1, "2026-01-20");
		plan.setAuthor(ref(given.role("cc1", "care-coordinator", "pr1")));
		plan.addContributor(ref("PractitionerRole/cc1"));

		FactorResult result = evaluateOn("2026-06-30");

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).startsWith("no beneficiary or caregiver among the contributors of the current ICP");
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
