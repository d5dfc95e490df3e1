package org.snpmoc.compliance.factors.transitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.ict.IctFixtures.*;
import static org.snpmoc.compliance.factors.transitions.TransitionFixtures.*;
import static org.snpmoc.contract.MocCodes.SELF_MANAGEMENT_EDUCATION;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Communication;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.Outcome;

class Factor2E5SelfManagementEducationTest {
	private final Factor2E5SelfManagementEducation check = new Factor2E5SelfManagementEducation(30);
	private static final LocalDate DISCHARGED = daysBefore(100);

	private static Communication education(LocalDate sent, String to) {
		return communication("c1", SELF_MANAGEMENT_EDUCATION, sent, List.of(), List.of(to));
	}

	@Test
	void metByEducationToACaregiverOnDayThirty() {
		var result = check.evaluate(enrolled(stay(DISCHARGED.minusDays(3), DISCHARGED),
				education(DISCHARGED.plusDays(30), "RelatedPerson/daughter")), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).containsExactly("Encounter/stay", "Communication/c1");
	}

	@Test
	void notMetOnDayThirtyOne() {
		var result = check.evaluate(enrolled(stay(DISCHARGED.minusDays(3), DISCHARGED),
				education(DISCHARGED.plusDays(31), PATIENT)), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).startsWith("no self-management education to the beneficiary or a caregiver within 30 days");
	}

	@Test
	void educationSentToStaffDoesNotCount() {
		var result = check.evaluate(enrolled(stay(DISCHARGED.minusDays(3), DISCHARGED),
				education(DISCHARGED.plusDays(1), "PractitionerRole/rn")), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void pendingInTheMonthAfterDischarge() {
		assertThat(check.evaluate(enrolled(stay(daysBefore(20), daysBefore(15))), CONTEXT).outcome())
				.isEqualTo(Outcome.PENDING);
	}
}
