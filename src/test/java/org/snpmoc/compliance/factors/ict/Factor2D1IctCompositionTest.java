package org.snpmoc.compliance.factors.ict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.ict.IctFixtures.*;

import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CareTeam;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.MocPolicy;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;

class Factor2D1IctCompositionTest {
	private final Factor2D1IctComposition check = new Factor2D1IctComposition(90, 30, new MocPolicy().getNeedRoles());

	private FactorResult evaluate(PatientRecord record) {
		return check.evaluate(record, CONTEXT);
	}

	@Test
	void metWhenTheTeamHasTheBeneficiaryACoordinatorAndTheRolesForFlaggedNeeds() {
		var team = ict("t1", daysBefore(200), member(PATIENT, "beneficiary"),
				member("PractitionerRole/cc", "care-coordinator"), member("PractitionerRole/bh", "behavioral-health"));
		var ra = riskAssessment("ra1", daysBefore(100), "mental-health");

		var result = evaluate(record(team, ra));

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).containsExactly("CareTeam/t1", "RiskAssessment/ra1");
	}

	@Test
	void aCaregiverStandsForTheBeneficiary() {
		var team = ict("t1", daysBefore(200), member("RelatedPerson/daughter", "caregiver"),
				member("PractitionerRole/cc", "care-coordinator"));

		assertThat(evaluate(record(team)).outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void notMetWithoutTheRoleForAFlaggedNeedOnTheLatestRiskAssessment() {
		var team = ict("t1", daysBefore(200), member(PATIENT, "beneficiary"), member("PractitionerRole/cc", "care-coordinator"));
		var older = riskAssessment("ra0", daysBefore(300));
		var latest = riskAssessment("ra1", daysBefore(100), "psychosocial");

		var result = evaluate(record(team, older, latest));

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).contains("social-worker for the psychosocial need flagged on " + daysBefore(100));
	}

	@Test
	void aRiskAssessmentDatedAfterAsOfIsNotKnown() {
		var team = ict("t1", daysBefore(200), member(PATIENT, "beneficiary"), member("PractitionerRole/cc", "care-coordinator"));
		var future = riskAssessment("ra1", AS_OF.plusDays(1), "medical");

		assertThat(evaluate(record(team, future)).outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void notMetWhenTheCoordinatorsParticipationEndedBeforeAsOf() {
		var team = ict("t1", daysBefore(200), member(PATIENT, "beneficiary"),
				member("PractitionerRole/cc", "care-coordinator", daysBefore(200), daysBefore(1)));

		var result = evaluate(record(team));

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).contains("lacks a care-coordinator");
	}

	@Test
	void notMetWithoutTheBeneficiaryOrACaregiver() {
		var team = ict("t1", daysBefore(200), member("PractitionerRole/cc", "care-coordinator"));

		assertThat(evaluate(record(team)).reason()).contains("the beneficiary or a caregiver");
	}

	@Test
	void pendingWithoutATeamUntilThirtyDaysAfterTheFirstHra() {
		var result = evaluate(record(enrollment(daysBefore(100)), hra("h1", daysBefore(29))));

		assertThat(result.outcome()).isEqualTo(Outcome.PENDING);
		assertThat(result.evidence()).containsExactly("Coverage/cov1", "QuestionnaireResponse/h1");
	}

	@Test
	void notMetWithoutATeamThirtyDaysAfterTheFirstHra() {
		var result = evaluate(record(enrollment(daysBefore(100)), hra("h1", daysBefore(30))));

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).contains("no active ICT (due " + AS_OF);
	}

	@Test
	void withoutAnHraTheTeamIsDueAfterTheInitialHraDeadline() {
		assertThat(evaluate(record(enrollment(daysBefore(119)))).outcome()).isEqualTo(Outcome.PENDING);
		assertThat(evaluate(record(enrollment(daysBefore(120)))).outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void notApplicableWithoutEnrollmentOrTeam() {
		var result = evaluate(record());

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
		assertThat(result.reason()).contains("no active SNP enrollment");
	}

	@Test
	void anInactiveTeamIsNoTeam() {
		var team = ict("t1", daysBefore(200), member(PATIENT, "beneficiary"), member("PractitionerRole/cc", "care-coordinator"));
		team.setStatus(CareTeam.CareTeamStatus.INACTIVE);

		assertThat(evaluate(record(enrollment(daysBefore(300)), team)).outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void theNeedRolesComeFromThePolicy() {
		var custom = new Factor2D1IctComposition(90, 30, Map.of("medical", List.of("primary-care")));
		var team = ict("t1", daysBefore(200), member(PATIENT, "beneficiary"), member("PractitionerRole/cc", "care-coordinator"),
				member("PractitionerRole/pc", "primary-care"));

		assertThat(custom.evaluate(record(team, riskAssessment("ra1", daysBefore(10), "medical")), CONTEXT).outcome())
				.isEqualTo(Outcome.MET);
	}
}
