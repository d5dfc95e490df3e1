package org.snpmoc.compliance.factors.transitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.ict.IctFixtures.*;
import static org.snpmoc.compliance.factors.transitions.TransitionFixtures.*;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.Outcome;

class Factor2E1FollowUpTest {
	private final Factor2E1FollowUp check = new Factor2E1FollowUp(7);
	private static final LocalDate DISCHARGED = daysBefore(60);

	@Test
	void metByAnAmbulatoryVisitOnDaySeven() {
		var result = check.evaluate(enrolled(stay(DISCHARGED.minusDays(5), DISCHARGED),
				encounter("visit", "AMB", DISCHARGED.plusDays(7), DISCHARGED.plusDays(7))), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).containsExactly("Encounter/stay", "Encounter/visit");
	}

	@Test
	void notMetByAVisitOnDayEight() {
		var result = check.evaluate(enrolled(stay(DISCHARGED.minusDays(5), DISCHARGED),
				encounter("visit", "HH", DISCHARGED.plusDays(8), DISCHARGED.plusDays(8))), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).contains("within 7 days of the discharge on " + DISCHARGED);
	}

	@Test
	void aBookedAppointmentCountsButACancelledOneDoesNot() {
		var booked = appointment("a1", AppointmentStatus.BOOKED, DISCHARGED.plusDays(3));
		var cancelled = appointment("a1", AppointmentStatus.CANCELLED, DISCHARGED.plusDays(3));

		assertThat(check.evaluate(enrolled(stay(DISCHARGED.minusDays(5), DISCHARGED), booked), CONTEXT).outcome())
				.isEqualTo(Outcome.MET);
		assertThat(check.evaluate(enrolled(stay(DISCHARGED.minusDays(5), DISCHARGED), cancelled), CONTEXT).outcome())
				.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void pendingInTheWeekAfterDischarge() {
		var result = check.evaluate(enrolled(stay(daysBefore(10), daysBefore(3))), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.PENDING);
	}

	@Test
	void notApplicableWhileStillAdmittedOrWithoutTransitionInTheYear() {
		assertThat(check.evaluate(enrolled(stay(daysBefore(10), null)), CONTEXT).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
		var old = check.evaluate(enrolled(stay(daysBefore(500), daysBefore(490))), CONTEXT);
		assertThat(old.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
		assertThat(old.reason()).isEqualTo("no care transition in the look-back year");
	}

	@Test
	void anOutpatientEncounterIsNoTransition() {
		assertThat(check.evaluate(enrolled(encounter("visit", "AMB", daysBefore(20), daysBefore(20))), CONTEXT).outcome())
				.isEqualTo(Outcome.NOT_APPLICABLE);
	}
}
