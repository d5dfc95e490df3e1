package org.snpmoc.compliance.factors.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.ict.IctFixtures.*;
import static org.snpmoc.compliance.factors.staff.StaffFixtures.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.MocPolicy;
import org.snpmoc.compliance.Outcome;

class Factor2A5StaffTrainingTest {
	private final Factor2A5StaffTraining check = new Factor2A5StaffTraining(90, 365);
	private static final LocalDate STARTED = daysBefore(200);

	@Nested
	class ForThePlan {

		@Test
		void metWhenTrainedOnDayNinetyOfTheRole() {
			var result = check.evaluate(roster(role("r1", "care-coordinator", "p1", STARTED),
					practitioner("p1", STARTED.plusDays(90))), CONTEXT);

			assertThat(result.result().outcome()).isEqualTo(Outcome.MET);
			assertThat(result.checked()).isEqualTo(1);
			assertThat(result.passing()).isEqualTo(1);
			assertThat(result.result().evidence()).containsExactly("PractitionerRole/r1", "Practitioner/p1");
		}

		@Test
		void notMetWhenTrainedOnDayNinetyOne() {
			var result = check.evaluate(roster(role("r1", "care-coordinator", "p1", STARTED),
					practitioner("p1", STARTED.plusDays(91))), CONTEXT);

			assertThat(result.result().outcome()).isEqualTo(Outcome.NOT_MET);
			assertThat(result.result().reason()).contains("1 of 1 staff members missed MOC training")
					.contains("no MOC training of Dana Lee (Practitioner/p1) within 90 days of starting the care-coordinator role on "
							+ STARTED);
			assertThat(result.checked()).isEqualTo(1);
			assertThat(result.passing()).isZero();
		}

		@Test
		void theRenewalIsDueWithin365DaysOfThePreviousTraining() {
			LocalDate first = daysBefore(500);
			var onTime = roster(role("r1", "nurse", "p1", first.minusDays(10)), practitioner("p1", first, first.plusDays(365)));
			var late = roster(role("r1", "nurse", "p1", first.minusDays(10)), practitioner("p1", first, first.plusDays(366)));

			assertThat(check.evaluate(onTime, CONTEXT).result().outcome()).isEqualTo(Outcome.MET);
			var result = check.evaluate(late, CONTEXT).result();
			assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
			assertThat(result.reason()).contains("within 365 days of the previous one on " + first);
		}

		@Test
		void aNewHireNotYetDueDoesNotFailThePlan() {
			var result = check.evaluate(roster(role("r1", "nurse", "p1", daysBefore(30)), practitioner("p1")), CONTEXT);

			assertThat(result.result().outcome()).isEqualTo(Outcome.MET);
			assertThat(result.checked()).isZero();
		}

		@Test
		void aTrainingDatedAfterAsOfIsNotKnown() {
			var result = check.evaluate(roster(role("r1", "nurse", "p1", daysBefore(89)),
					practitioner("p1", AS_OF.plusDays(1))), CONTEXT);

			assertThat(result.checked()).isZero();
		}

		@Test
		void aStaffMemberWithTwoRolesCountsOnce() {
			var result = check.evaluate(roster(role("r1", "nurse", "p1", STARTED), role("r2", "care-coordinator", "p1", STARTED),
					practitioner("p1", STARTED.plusDays(10))), CONTEXT);

			assertThat(result.checked()).isEqualTo(1);
			assertThat(result.passing()).isEqualTo(1);
		}

		@Test
		void notApplicableWithoutActiveStaff() {
			var result = check.evaluate(roster(), CONTEXT);

			assertThat(result.result().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
		}
	}

	@Nested
	class ForOneBeneficiary {

		@Test
		void judgesTheStaffOnTheTeamEvenAfterTheirRoleEnded() {
			var role = role("r1", "care-coordinator", "p1", STARTED);
			role.setPeriod(period(STARTED, daysBefore(10)));
			var team = ict("t1", daysBefore(300), member("PractitionerRole/r1", "care-coordinator", STARTED, daysBefore(10)));

			var result = check.evaluate(record(team, role, practitioner("p1", STARTED.plusDays(91))), CONTEXT);

			assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
			assertThat(result.evidence()).containsExactly("PractitionerRole/r1", "Practitioner/p1");
		}

		@Test
		void metWhenTheTeamsStaffTrainedOnTime() {
			var team = ict("t1", daysBefore(300), member("PractitionerRole/r1", "care-coordinator"));

			var result = check.evaluate(record(team, role("r1", "care-coordinator", "p1", STARTED),
					practitioner("p1", STARTED.plusDays(5))), CONTEXT);

			assertThat(result.outcome()).isEqualTo(Outcome.MET);
		}

		@Test
		void staffWhoLeftTheTeamBeforeTheLookBackYearAreOutOfScope() {
			var team = ict("t1", daysBefore(900),
					member("PractitionerRole/r1", "care-coordinator", daysBefore(900), daysBefore(365)));

			var result = check.evaluate(record(team, role("r1", "care-coordinator", "p1", daysBefore(900)), practitioner("p1")),
					CONTEXT);

			assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
		}

		@Test
		void aRoleThatEndedBeforeItsTrainingWasDueOwesNone() {
			var role = role("r1", "nurse", "p1", daysBefore(100));
			role.setPeriod(period(daysBefore(100), daysBefore(50)));
			var team = ict("t1", daysBefore(300), member("PractitionerRole/r1", "nurse"));

			assertThat(check.evaluate(record(team, role, practitioner("p1")), CONTEXT).outcome())
					.isEqualTo(Outcome.NOT_APPLICABLE);
		}
	}

	@Test
	void theFactoryBuildsTheSevenPlanChecksAndThePatientCheck() {
		assertThat(StaffFactors.create(new MocPolicy())).extracting(StaffFactorEvaluator::factor)
				.containsExactly("2A.1", "2A.2", "2A.3", "2A.4", "2A.5", "2A.6", "2A.7");
		assertThat(StaffFactors.patientTraining(new MocPolicy()).factor()).isEqualTo("2A.5");
	}
}
