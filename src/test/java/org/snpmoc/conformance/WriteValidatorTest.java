package org.snpmoc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URL;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.utilities.OIDUtilities;
import org.junit.jupiter.api.Test;
import org.snpmoc.contract.MocCodes;

class WriteValidatorTest {
	private static final WriteValidator VALIDATOR =
			new WriteValidator(ConformanceValidator.FHIR, ConformanceValidator.PACKAGE, new SimpleMeterRegistry());

	private static List<SingleValidationMessage> errors(List<SingleValidationMessage> messages) {
		return messages.stream().filter(WriteValidator::isError).toList();
	}

	@Test
	void theValidatorReadsTheServersEmptyOidRegistryNotTheLibrarysLargeOne() {
		URL registry = OIDUtilities.class.getClassLoader().getResource("oidregistry.csv");
		assertThat(registry).isNotNull();
		assertThat(registry.toString()).doesNotContain("org.hl7.fhir.utilities");
		assertThat(new OIDUtilities().isKnownOID("2.16.840.1.113883.6.238")).isFalse();
	}

	@Test
	void aProfileOfOursThatTheGuideDoesNotDefineIsAnError() {
		Patient patient = new Patient().setActive(true);
		List<SingleValidationMessage> errors =
				errors(VALIDATOR.validate(patient, Set.of(MocCodes.profile("moc-beneficiary"))));
		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.getLocationString()).isEqualTo("Patient.meta.profile");
			assertThat(e.getMessage()).contains("moc-beneficiary");
		});
	}

	@Test
	void aProfileOfSomebodyElseIsNotAnError() {
		Patient patient = new Patient().setActive(true);
		patient.getMeta().addProfile("http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient");
		assertThat(errors(VALIDATOR.validate(patient, Set.of()))).isEmpty();
	}

	@Test
	void theRequestedProfileIsApplied() {
		Goal goal = new Goal().setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE)
				.setSubject(new Reference("Patient/p1"));
		goal.getDescription().setText("walk daily");
		assertThat(errors(VALIDATOR.validate(goal, Set.of()))).isEmpty();
		assertThat(errors(VALIDATOR.validate(goal, Set.of(MocCodes.profile("moc-self-management-goal")))))
				.anyMatch(e -> e.getLocationString().startsWith("Goal"));
	}
}
