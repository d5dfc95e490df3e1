package org.snpmoc.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.ict.IctFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.factors.transitions.Factor2E3IcpTransfer;
import org.snpmoc.contract.MocCodes;
import org.snpmoc.support.ProfileCheck;

/** The icp-transfer Communication recorded after a delivered document is exactly what 2E.3 counts. */
class IcpTransferTest {
	private static final LocalDate ADMITTED = AS_OF.minusDays(20);
	private static final LocalDate DISCHARGED = AS_OF.minusDays(10);
	private final Factor2E3IcpTransfer check = new Factor2E3IcpTransfer(1);

	@Test
	void theRecordedTransfersToTheAdmittingAndTheNextSettingMeet2E3() {
		Encounter stay = stay();
		var icp = icp("cp1");
		Communication admission = IcpTransfer.record("toc-stay-admission", PATIENT, stay, "Organization/hospital", icp,
				at(ADMITTED));
		Communication discharge = IcpTransfer.record("toc-stay-discharge", PATIENT, stay, "Organization/snf-org", icp,
				at(DISCHARGED));

		var result = check.evaluate(recordOf(stay, icp, admission, discharge), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).contains("Communication/toc-stay-admission", "Communication/toc-stay-discharge");
		assertThat(ProfileCheck.errors(admission)).isEmpty();
	}

	@Test
	void aTransferWithoutTheIcpDoesNotCount() {
		Encounter stay = stay();
		Communication noIcp = IcpTransfer.record("toc-stay-admission", PATIENT, stay, "Organization/hospital", null,
				at(ADMITTED));

		assertThat(check.evaluate(recordOf(stay, icp("cp1"), noIcp), CONTEXT).outcome()).isEqualTo(Outcome.NOT_MET);
	}

	private static PatientRecord recordOf(org.hl7.fhir.r4.model.Resource... resources) {
		List<org.hl7.fhir.r4.model.Resource> all = new java.util.ArrayList<>(List.of(resources));
		all.add(enrollment(AS_OF.minusYears(2)));
		Location snf = new Location().setManagingOrganization(new Reference("Organization/snf-org"));
		snf.setId("snf");
		all.add(snf);
		return record(all.toArray(org.hl7.fhir.r4.model.Resource[]::new));
	}

	private static Encounter stay() {
		Encounter stay = new Encounter().setStatus(Encounter.EncounterStatus.FINISHED)
				.setClass_(new Coding(MocCodes.V3_ACT_CODE, "NONAC", null)).setSubject(new Reference(PATIENT))
				.setServiceProvider(new Reference("Organization/hospital"));
		stay.setId("stay");
		stay.setPeriod(period(ADMITTED, DISCHARGED));
		stay.getHospitalization().setDestination(new Reference("Location/snf"));
		return stay;
	}

	/** Noon in the plan's zone on the day. */
	private static Instant at(LocalDate day) {
		return day.atTime(12, 0).atZone(CONTEXT.zone()).toInstant();
	}
}
