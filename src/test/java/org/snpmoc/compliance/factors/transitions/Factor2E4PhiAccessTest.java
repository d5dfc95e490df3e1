package org.snpmoc.compliance.factors.transitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.ict.IctFixtures.*;
import static org.snpmoc.compliance.factors.transitions.TransitionFixtures.*;
import static org.snpmoc.contract.MocCodes.PHI_ACCESS;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.Outcome;

class Factor2E4PhiAccessTest {
	private final Factor2E4PhiAccess check = new Factor2E4PhiAccess(7);
	private static final LocalDate DISCHARGED = daysBefore(50);

	@Test
	void metByAPhiAccessNoticeOnDaySeven() {
		var notice = communication("c1", PHI_ACCESS, DISCHARGED.plusDays(7), List.of(), List.of(PATIENT));

		var result = check.evaluate(enrolled(stay(DISCHARGED.minusDays(3), DISCHARGED), notice), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).containsExactly("Encounter/stay", "Communication/c1");
	}

	@Test
	void notMetByANoticeOnDayEight() {
		var notice = communication("c1", PHI_ACCESS, DISCHARGED.plusDays(8), List.of(), List.of(PATIENT));

		assertThat(check.evaluate(enrolled(stay(DISCHARGED.minusDays(3), DISCHARGED), notice), CONTEXT).outcome())
				.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void metByTheBeneficiaryReadingTheirOwnRecord() {
		var read = ownRead("audit1", DISCHARGED.plusDays(2), "Encounter/stay");

		var result = check.evaluate(enrolled(stay(DISCHARGED.minusDays(3), DISCHARGED), read), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).contains("AuditEvent/audit1");
	}

	@Test
	void someoneElsesReadDoesNotCount() {
		var read = ownRead("audit1", DISCHARGED.plusDays(2), "Encounter/stay");
		read.getAgentFirstRep().setWho(new Reference("Practitioner/dr"));

		assertThat(check.evaluate(enrolled(stay(DISCHARGED.minusDays(3), DISCHARGED), read), CONTEXT).outcome())
				.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void metByACaregiverReadingTheBeneficiarysRecord() {
		var caregiver = new RelatedPerson().setPatient(new Reference(PATIENT));
		caregiver.setId("daughter");
		var read = ownRead("audit1", DISCHARGED.plusDays(2), PATIENT);
		read.getAgentFirstRep().setWho(new Reference("RelatedPerson/daughter"));

		assertThat(check.evaluate(enrolled(stay(DISCHARGED.minusDays(3), DISCHARGED), caregiver, read), CONTEXT).outcome())
				.isEqualTo(Outcome.MET);
	}

	@Test
	void aCaregiverOfSomeoneElseDoesNotCount() {
		var read = ownRead("audit1", DISCHARGED.plusDays(2), PATIENT);
		read.getAgentFirstRep().setWho(new Reference("RelatedPerson/stranger"));

		assertThat(check.evaluate(enrolled(stay(DISCHARGED.minusDays(3), DISCHARGED), read), CONTEXT).outcome())
				.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void anAuditEventThisServerDidNotObserveDoesNotCount() {
		var fabricated = ownRead("audit1", DISCHARGED.plusDays(2), "Encounter/stay");
		fabricated.getSource().setObserver(new Reference("Organization/hospital"));

		assertThat(check.evaluate(enrolled(stay(DISCHARGED.minusDays(3), DISCHARGED), fabricated), CONTEXT).outcome())
				.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void aRefusedOrFailedReadDoesNotCount() {
		var refused = ownRead("audit1", DISCHARGED.plusDays(2), "Encounter/stay").setOutcome(AuditEvent.AuditEventOutcome._4);
		var failed = ownRead("audit2", DISCHARGED.plusDays(3), "Encounter/stay").setOutcome(AuditEvent.AuditEventOutcome._8);

		assertThat(check.evaluate(enrolled(stay(DISCHARGED.minusDays(3), DISCHARGED), refused, failed), CONTEXT).outcome())
				.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void aWriteByTheBeneficiaryIsNoRead() {
		var write = ownRead("audit1", DISCHARGED.plusDays(2), "Encounter/stay").setAction(AuditEvent.AuditEventAction.U);

		assertThat(check.evaluate(enrolled(stay(DISCHARGED.minusDays(3), DISCHARGED), write), CONTEXT).outcome())
				.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void pendingWithinTheWeekAfterDischarge() {
		assertThat(check.evaluate(enrolled(stay(daysBefore(9), daysBefore(2))), CONTEXT).outcome()).isEqualTo(Outcome.PENDING);
	}
}
