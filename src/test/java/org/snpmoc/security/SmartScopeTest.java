package org.snpmoc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.snpmoc.security.SmartScope.Action;
import org.snpmoc.security.SmartScope.Level;

class SmartScopeTest {

	@Test
	void v2LettersGrantWhatTheyName() {
		SmartScope scope = SmartScope.parse("patient/*.rs").orElseThrow();
		assertThat(scope.level()).isEqualTo(Level.PATIENT);
		assertThat(scope.grants("Observation", Action.READ)).isTrue();
		assertThat(scope.grants("Observation", Action.SEARCH)).isTrue();
		assertThat(scope.grants("Observation", Action.CREATE)).isFalse();
		assertThat(SmartScope.parse("user/Observation.cud").orElseThrow().grants("Observation", Action.READ)).isFalse();
		assertThat(SmartScope.parse("user/Observation.cud").orElseThrow().grants("Condition", Action.CREATE)).isFalse();
	}

	@Test
	void v1FormsAreReadAsTheirV2Equivalents() {
		assertThat(SmartScope.parse("patient/*.read").orElseThrow().actions()).containsExactlyInAnyOrder(Action.READ, Action.SEARCH);
		assertThat(SmartScope.parse("user/Patient.write").orElseThrow().actions())
				.containsExactlyInAnyOrder(Action.CREATE, Action.UPDATE, Action.DELETE);
		assertThat(SmartScope.parse("system/*.*").orElseThrow().actions()).containsExactlyInAnyOrder(Action.values());
	}

	@Test
	void lettersOutOfOrderOrUnknownAreNoScope() {
		for (String bad : List.of("patient/*.sr", "patient/*.x", "patient/*.", "patient/Observation", "doctor/*.rs",
				"patient/*.rs?category", "patient/*.rs?=x", "patient/Obs-ervation.rs", "")) {
			assertThat(SmartScope.parse(bad)).as(bad).isEmpty();
		}
	}

	@Test
	void granularScopesCarryTheirQuery() {
		SmartScope scope = SmartScope.parse(
				"patient/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory").orElseThrow();
		assertThat(scope.filter()).containsEntry("category",
				"http://terminology.hl7.org/CodeSystem/observation-category|laboratory");
		assertThat(scope.grants("Observation", Action.SEARCH)).isTrue();
	}

	@Test
	void theAuditTrailIsReachedOnlyByAScopeNamingIt() {
		assertThat(SmartScope.parse("user/*.rs").orElseThrow().grants("AuditEvent", Action.READ)).isFalse();
		assertThat(SmartScope.parse("user/AuditEvent.rs").orElseThrow().grants("AuditEvent", Action.READ)).isTrue();
	}

	@Test
	void aBeneficiaryLoginIsAPatientContextWhateverItsScopes() {
		SmartScopes userScopes = SmartScopes.of("openid fhirUser user/*.cruds");
		assertThat(new Caller("app", "jane", "Patient/p1", "p1", userScopes).patientContext()).isTrue();
		assertThat(new Caller("app", "carer", "RelatedPerson/r1", "p1", userScopes).patientContext()).isTrue();
		assertThat(new Caller("app", "nurse", "Practitioner/n1", null, userScopes).patientContext()).isFalse();
		assertThat(new Caller("app", "svc", null, null, SmartScopes.of("system/*.rs")).patientContext()).isFalse();
		assertThat(new Caller("app", "x", null, "p1", SmartScopes.of("launch/patient patient/*.rs")).patientContext()).isTrue();
		assertThat(SmartScopes.of("launch/patient patient/*.rs moc.admin").has(SmartScopes.ADMIN)).isTrue();
	}
}
