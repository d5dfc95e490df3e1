package org.snpmoc.compliance.factors.ict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.Trigger;
import org.snpmoc.compliance.Window;
import org.snpmoc.contract.MocCodes;

class IctOwnerTest {
	private static final ZoneId ZONE = ZoneId.of("America/New_York");
	private static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);

	private static CareTeam ict() {
		CareTeam ict = new CareTeam().setStatus(CareTeam.CareTeamStatus.ACTIVE);
		ict.addCategory(new CodeableConcept(new Coding(MocCodes.CS_ARTIFACT, "ict", null)));
		ict.addParticipant().setMember(new Reference("PractitionerRole/cc"))
				.addRole(new CodeableConcept(new Coding(MocCodes.CS_ICT_ROLE, "care-coordinator", null)));
		ict.addParticipant().setMember(new Reference("PractitionerRole/tc"))
				.addRole(new CodeableConcept(new Coding(MocCodes.CS_ICT_ROLE, "transition-coordinator", null)))
				.getPeriod().setStartElement(new DateTimeType("2026-03-01"));
		return ict;
	}

	private static Window closing(LocalDate deadline, Trigger trigger) {
		Window window = Window.unsatisfied("2E.1", "follow-up", deadline.minusDays(7), deadline, List.of());
		return trigger == null ? window : window.triggeredBy(trigger);
	}

	@Test
	void aStaysStepsBelongToTheTransitionCoordinatorServingOnTheDayElseTheCareCoordinator() {
		Trigger stay = Trigger.discharge("Encounter/e1");
		assertThat(IctOwner.of(closing(LocalDate.of(2026, 6, 1), stay), List.of(ict()), AS_OF, ZONE))
				.isEqualTo("PractitionerRole/tc");
		// Not yet serving on the day the window closed.
		assertThat(IctOwner.of(closing(LocalDate.of(2026, 2, 1), stay), List.of(ict()), AS_OF, ZONE))
				.isEqualTo("PractitionerRole/cc");
	}

	@Test
	void otherWorkBelongsToTheCareCoordinator() {
		assertThat(IctOwner.of(closing(LocalDate.of(2026, 6, 1), null), List.of(ict()), AS_OF, ZONE))
				.isEqualTo("PractitionerRole/cc");
		assertThat(IctOwner.of(null, List.of(ict()), AS_OF, ZONE)).isEqualTo("PractitionerRole/cc");
	}

	@Test
	void nobodyOwnsWorkWithoutAnActiveIct() {
		CareTeam ended = ict().setStatus(CareTeam.CareTeamStatus.INACTIVE);
		assertThat(IctOwner.of(closing(LocalDate.of(2026, 6, 1), Trigger.admission("Encounter/e1")), List.of(ended),
				AS_OF, ZONE)).isNull();
	}
}
