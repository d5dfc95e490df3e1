package org.snpmoc.compliance.factors.transitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.ict.IctFixtures.*;
import static org.snpmoc.compliance.factors.transitions.TransitionFixtures.*;
import static org.snpmoc.contract.MocCodes.ICP_TRANSFER;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.Outcome;

class Factor2E3IcpTransferTest {
	private final Factor2E3IcpTransfer check = new Factor2E3IcpTransfer(1);
	private static final LocalDate ADMITTED = daysBefore(60);
	private static final LocalDate DISCHARGED = daysBefore(50);

	private static Communication transfer(String id, LocalDate sent, String to) {
		return communication(id, ICP_TRANSFER, sent, List.of("CarePlan/cp1"), List.of(to));
	}

	private static Encounter stayToNursingHome() {
		Encounter stay = stay(ADMITTED, DISCHARGED);
		stay.getHospitalization().setDestination(new Reference("Location/snf"));
		return stay;
	}

	private static Location nursingHome() {
		Location location = new Location();
		location.setId("snf");
		location.setManagingOrganization(new Reference("Organization/snf-org"));
		return location;
	}

	@Test
	void metByATransferToTheAdmittingSettingTheDayAfterAdmission() {
		var result = check.evaluate(enrolled(stay(ADMITTED, DISCHARGED), icp("cp1"),
				transfer("c1", ADMITTED.plusDays(1), "Organization/hospital")), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).containsExactly("Encounter/stay", "Communication/c1");
	}

	@Test
	void notMetTwoDaysAfterAdmission() {
		var result = check.evaluate(enrolled(stay(ADMITTED, DISCHARGED), icp("cp1"),
				transfer("c1", ADMITTED.plusDays(2), "Organization/hospital")), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).contains("ICP transfer to the admitting setting Organization/hospital within 1 day");
	}

	@Test
	void aTransferToAnotherSettingOrNotAboutTheIcpDoesNotCount() {
		var elsewhere = transfer("c1", ADMITTED, "Organization/other");
		var notIcp = communication("c2", ICP_TRANSFER, ADMITTED, List.of("Condition/x"), List.of("Organization/hospital"));

		assertThat(check.evaluate(enrolled(stay(ADMITTED, DISCHARGED), icp("cp1"), elsewhere, notIcp), CONTEXT).outcome())
				.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void theIcpMustAlsoFollowToTheNextSettingsManagingOrganization() {
		var admission = transfer("c1", ADMITTED, "Organization/hospital");
		var discharge = transfer("c2", DISCHARGED.plusDays(1), "Organization/snf-org");

		assertThat(check.evaluate(enrolled(stayToNursingHome(), nursingHome(), icp("cp1"), admission, discharge), CONTEXT)
				.outcome()).isEqualTo(Outcome.MET);
		var missing = check.evaluate(enrolled(stayToNursingHome(), nursingHome(), icp("cp1"), admission), CONTEXT);
		assertThat(missing.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(missing.reason()).contains("ICP transfer to the next setting").contains("of the discharge on " + DISCHARGED);
	}

	@Test
	void aTransferToTheDestinationLocationItselfCounts() {
		var admission = transfer("c1", ADMITTED, "Organization/hospital");
		var discharge = transfer("c2", DISCHARGED, "Location/snf");

		assertThat(check.evaluate(enrolled(stayToNursingHome(), icp("cp1"), admission, discharge), CONTEXT).outcome())
				.isEqualTo(Outcome.MET);
	}

	@Test
	void pendingOnTheAdmissionDay() {
		assertThat(check.evaluate(enrolled(stay(AS_OF, null), icp("cp1")), CONTEXT).outcome()).isEqualTo(Outcome.PENDING);
	}

	@Test
	void notApplicableWithoutTransition() {
		assertThat(check.evaluate(enrolled(icp("cp1")), CONTEXT).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
	}
}
