package org.snpmoc.compliance.factors.transitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.ict.IctFixtures.*;
import static org.snpmoc.compliance.factors.transitions.TransitionFixtures.*;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.Outcome;

class Factor2E2TransitionCoordinatorTest {
	private final Factor2E2TransitionCoordinator check = new Factor2E2TransitionCoordinator(1);
	private static final LocalDate ADMITTED = daysBefore(60);

	@Test
	void metByACoordinatorOnTheTeamOnTheAdmissionDay() {
		var team = ict("t1", daysBefore(300), member("PractitionerRole/tc", "transition-coordinator", ADMITTED, null));

		var result = check.evaluate(enrolled(stay(ADMITTED, ADMITTED.plusDays(4)), team), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).containsExactly("Encounter/stay", "CareTeam/t1");
	}

	@Test
	void aCoordinatorWhoJoinedAfterAdmissionDoesNotCount() {
		var team = ict("t1", daysBefore(300), member("PractitionerRole/cc", "care-coordinator", ADMITTED.plusDays(1), null));

		assertThat(check.evaluate(enrolled(stay(ADMITTED, ADMITTED.plusDays(4)), team), CONTEXT).outcome())
				.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void metByACoordinationTaskOwnedByStaffTheDayAfterAdmission() {
		var task = coordinationTask("task1", "PractitionerRole/rn", ADMITTED.plusDays(1));

		var result = check.evaluate(enrolled(stay(ADMITTED, ADMITTED.plusDays(4)), task), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).contains("Task/task1");
	}

	@Test
	void notMetByATaskTwoDaysAfterAdmission() {
		var task = coordinationTask("task1", "PractitionerRole/rn", ADMITTED.plusDays(2));

		var result = check.evaluate(enrolled(stay(ADMITTED, ADMITTED.plusDays(4)), task), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).contains("within 1 day of the admission on " + ADMITTED + " (Encounter/stay)");
	}

	@Test
	void aTaskNotOwnedByStaffOrAboutAnotherStayDoesNotCount() {
		var ownedByPatient = coordinationTask("task1", PATIENT, ADMITTED);
		var otherStay = coordinationTask("task2", "Practitioner/rn", ADMITTED);
		otherStay.setEncounter(new Reference("Encounter/other"));

		assertThat(check.evaluate(enrolled(stay(ADMITTED, ADMITTED.plusDays(4)), ownedByPatient, otherStay), CONTEXT).outcome())
				.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void pendingOnTheAdmissionDayItself() {
		assertThat(check.evaluate(enrolled(stay(AS_OF, null)), CONTEXT).outcome()).isEqualTo(Outcome.PENDING);
	}
}
