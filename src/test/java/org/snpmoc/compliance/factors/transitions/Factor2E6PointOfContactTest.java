package org.snpmoc.compliance.factors.transitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.ict.IctFixtures.*;
import static org.snpmoc.compliance.factors.transitions.TransitionFixtures.*;
import static org.snpmoc.contract.MocCodes.POINT_OF_CONTACT_NOTICE;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Communication;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.MocPolicy;
import org.snpmoc.compliance.Outcome;

class Factor2E6PointOfContactTest {
	private final Factor2E6PointOfContact check = new Factor2E6PointOfContact(1, 1);
	private static final LocalDate ADMITTED = daysBefore(60);
	private static final LocalDate DISCHARGED = daysBefore(50);

	private static Communication notice(LocalDate sent, String about) {
		return communication("n1", POINT_OF_CONTACT_NOTICE, sent, List.of(about), List.of(PATIENT));
	}

	private static CareTeam teamWithCoordinator() {
		return ict("t1", daysBefore(300), member("PractitionerRole/cc", "care-coordinator"));
	}

	@Test
	void metByANoticeNamingTheTeamsCoordinatorTheDayAfterDischarge() {
		var result = check.evaluate(enrolled(stay(ADMITTED, DISCHARGED), teamWithCoordinator(),
				notice(DISCHARGED.plusDays(1), "PractitionerRole/cc")), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).containsExactly("Encounter/stay", "CareTeam/t1", "Communication/n1");
	}

	@Test
	void metByANoticeNamingTheOwnerOfTheCoordinationTask() {
		var task = coordinationTask("task1", "PractitionerRole/rn", ADMITTED);

		assertThat(check.evaluate(enrolled(stay(ADMITTED, DISCHARGED), task, notice(ADMITTED.plusDays(1), "PractitionerRole/rn")),
				CONTEXT).outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void notMetByANoticeTwoDaysAfterAdmissionWithNoneAtDischarge() {
		var result = check.evaluate(enrolled(stay(ADMITTED, DISCHARGED), teamWithCoordinator(),
				notice(ADMITTED.plusDays(2), "PractitionerRole/cc")), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).contains("within 1 day of the admission on " + ADMITTED + " (Encounter/stay) or of the discharge on "
				+ DISCHARGED);
	}

	@Test
	void notMetByANoticeNamingSomeoneWhoIsNotTheCoordinator() {
		var result = check.evaluate(enrolled(stay(ADMITTED, DISCHARGED), teamWithCoordinator(),
				notice(ADMITTED, "PractitionerRole/someone-else")), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void pendingWhileStillAdmittedWithoutANoticeYet() {
		var result = check.evaluate(enrolled(stay(daysBefore(10), null), teamWithCoordinator()), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.PENDING);
	}

	@Test
	void theFactoryBuildsAllSixChecks() {
		assertThat(TransitionFactors.create(new MocPolicy())).extracting(f -> f.factor())
				.containsExactly("2E.1", "2E.2", "2E.3", "2E.4", "2E.5", "2E.6");
	}
}
