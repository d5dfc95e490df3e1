package org.snpmoc.compliance.factors.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.ict.IctFixtures.*;
import static org.snpmoc.compliance.factors.staff.StaffFixtures.*;

import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.Outcome;

class Factor2A6TrainingRecordsTest {
	private final Factor2A6TrainingRecords check = new Factor2A6TrainingRecords();

	@Test
	void metWhenEveryTrainingHasACompletionDateAndAnIssuer() {
		var result = check.evaluate(roster(role("r1", "nurse", "p1", daysBefore(400)),
				practitioner("p1", daysBefore(390), daysBefore(30))), CONTEXT);

		assertThat(result.result().outcome()).isEqualTo(Outcome.MET);
		assertThat(result.checked()).isEqualTo(2);
		assertThat(result.passing()).isEqualTo(2);
		assertThat(result.result().evidence()).containsExactly("Practitioner/p1");
	}

	@Test
	void notMetWhenATrainingLacksItsIssuerOrDate() {
		var practitioner = practitioner("p1", daysBefore(390), daysBefore(30));
		practitioner.getQualification().get(0).setIssuer(new Reference());
		practitioner.getQualification().get(1).setPeriod(new Period());

		var result = check.evaluate(roster(role("r1", "nurse", "p1", daysBefore(400)), practitioner), CONTEXT);

		assertThat(result.result().outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.result().reason()).contains("training 1 of Dana Lee (Practitioner/p1): no issuer")
				.contains("training 2 of Dana Lee (Practitioner/p1): no completion date");
		assertThat(result.passing()).isZero();
	}

	@Test
	void notApplicableWithoutTrainingRecordsKnownAtAsOf() {
		var result = check.evaluate(roster(role("r1", "nurse", "p1", daysBefore(10)), practitioner("p1", AS_OF.plusDays(3))),
				CONTEXT);

		assertThat(result.result().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
		assertThat(result.checked()).isZero();
	}
}
