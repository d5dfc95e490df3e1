package org.snpmoc.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.security.Caller;
import org.snpmoc.security.SmartScopes;

class AuditEventsTest {
	private static final Instant NOW = Instant.parse("2026-06-09T23:30:00Z");
	private static final Caller BENEFICIARY = new Caller("member-app", "jane", "Patient/p1", "p1",
			SmartScopes.of(List.of("patient/*.rs")));

	@Test
	void aBeneficiarysReadNamesTheUserTheAppThePatientAndThisServer() {
		AuditEvent event = AuditEvents.build(new AuditEvents.Access("read", AuditEventAction.R, 200, NOW, BENEFICIARY,
				"203.0.113.9", Set.of("Patient/p1"), List.of("Patient/p1"), null, null));

		assertThat(event.getType().getCode()).isEqualTo("rest");
		assertThat(event.getType().getSystem()).isEqualTo("http://terminology.hl7.org/CodeSystem/audit-event-type");
		assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("read");
		assertThat(event.getSubtypeFirstRep().getSystem()).isEqualTo("http://hl7.org/fhir/restful-interaction");
		assertThat(event.getAction()).isEqualTo(AuditEventAction.R);
		assertThat(event.getOutcome()).isEqualTo(AuditEventOutcome._0);
		assertThat(event.getRecorded().toInstant()).isEqualTo(NOW);

		AuditEvent.AuditEventAgentComponent user = event.getAgent().get(0);
		assertThat(user.getRequestor()).isTrue();
		assertThat(user.getWho().getReference()).isEqualTo("Patient/p1");
		assertThat(user.getAltId()).isEqualTo("jane");
		AuditEvent.AuditEventAgentComponent app = event.getAgent().get(1);
		assertThat(app.getWho().getIdentifier().getValue()).isEqualTo("member-app");
		assertThat(app.getNetwork().getAddress()).isEqualTo("203.0.113.9");
		assertThat(event.getSource().getObserver().getIdentifier().getValue()).isEqualTo(MocRules.AUDIT_OBSERVER);

		assertThat(event.getEntity()).singleElement().satisfies(e -> {
			assertThat(e.getWhat().getReference()).isEqualTo("Patient/p1");
			assertThat(e.getRole().getCode()).isEqualTo("1");
		});
		assertThat(MocRules.isBeneficiaryRead(event)).as("counts for 2E.4").isTrue();
	}

	@Test
	void aCaregiversReadNamesThePersonTheyActForAsAnAgent() {
		Caller carer = new Caller("member-app", "sam", "RelatedPerson/r7", "p1", SmartScopes.of(List.of("patient/*.rs")));
		AuditEvent event = AuditEvents.build(new AuditEvents.Access("read", AuditEventAction.R, 200, NOW, carer,
				"203.0.113.9", Set.of("Patient/p1"), List.of("Patient/p1"), null, null));

		assertThat(event.getAgent()).extracting(a -> a.getWho().getReference())
				.contains("RelatedPerson/r7", "Patient/p1");
		assertThat(event.getAgent()).filteredOn(AuditEvent.AuditEventAgentComponent::getRequestor).singleElement()
				.satisfies(a -> assertThat(a.getWho().getReference()).isEqualTo("RelatedPerson/r7"));
		assertThat(MocRules.isBeneficiaryRead(event)).isTrue();
	}

	@Test
	void aSearchCarriesItsQueryAndEachPatientOfTheResults() {
		AuditEvent event = AuditEvents.build(new AuditEvents.Access("search-type", AuditEventAction.R, 200, NOW, null,
				"127.0.0.1", Set.of("Patient/a", "Patient/b"), List.of(), "/fhir/Observation?code=x", null));

		assertThat(event.getEntity()).filteredOn(e -> "1".equals(e.getRole().getCode()))
				.extracting(e -> e.getWhat().getReference()).containsExactlyInAnyOrder("Patient/a", "Patient/b");
		assertThat(event.getEntity()).filteredOn(e -> "24".equals(e.getRole().getCode())).singleElement()
				.satisfies(e -> assertThat(new String(e.getQuery(), StandardCharsets.UTF_8)).isEqualTo("/fhir/Observation?code=x"));
		assertThat(event.getAgentFirstRep().getWho().getDisplay()).as("no token: anonymous").isEqualTo("anonymous");
		assertThat(event.getAgentFirstRep().getNetwork().getAddress()).isEqualTo("127.0.0.1");
		assertThat(MocRules.isBeneficiaryRead(event)).as("not a beneficiary").isFalse();
	}

	@Test
	void outcomesFollowTheStatus() {
		assertThat(AuditEvents.outcome(200)).isEqualTo(AuditEventOutcome._0);
		assertThat(AuditEvents.outcome(201)).isEqualTo(AuditEventOutcome._0);
		assertThat(AuditEvents.outcome(401)).isEqualTo(AuditEventOutcome._4);
		assertThat(AuditEvents.outcome(403)).isEqualTo(AuditEventOutcome._4);
		assertThat(AuditEvents.outcome(404)).isEqualTo(AuditEventOutcome._4);
		assertThat(AuditEvents.outcome(500)).isEqualTo(AuditEventOutcome._8);
	}

	@Test
	void aRefusedBeneficiaryReadIsNoEvidence() {
		AuditEvent event = AuditEvents.build(new AuditEvents.Access("read", AuditEventAction.R, 403, NOW, BENEFICIARY,
				null, Set.of(), List.of(), "/fhir/Patient/p2", null));

		assertThat(event.getOutcome()).isEqualTo(AuditEventOutcome._4);
		assertThat(event.getOutcomeDesc()).isEqualTo("HTTP 403");
		assertThat(MocRules.isBeneficiaryRead(event)).isFalse();
	}

	@Test
	void aStaffUserIsNamedByTheirFhirIdentityAndAStaffReadIsNoBeneficiaryRead() {
		Caller nurse = new Caller("care-app", "nurse1", "Practitioner/9", null, SmartScopes.of(List.of("user/*.rs")));
		AuditEvent event = AuditEvents.build(new AuditEvents.Access("read", AuditEventAction.R, 200, NOW, nurse,
				null, Set.of("Patient/p1"), List.of("Observation/o1"), null, null));

		assertThat(event.getAgentFirstRep().getWho().getReference()).isEqualTo("Practitioner/9");
		assertThat(event.getEntity()).extracting(e -> e.getWhat().getReference()).containsExactly("Patient/p1", "Observation/o1");
		assertThat(MocRules.isBeneficiaryRead(event)).isFalse();
	}
}
