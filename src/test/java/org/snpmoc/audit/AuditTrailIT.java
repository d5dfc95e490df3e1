package org.snpmoc.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.support.H2ServerTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every access to health information over REST leaves an AuditEvent the server wrote; clients cannot write any. */
class AuditTrailIT extends H2ServerTest {
	private static final Duration WAIT = Duration.ofSeconds(30);
	@Autowired
	private AuditTrail trail;

	@Test
	void aReadAndASearchAreAuditedNamingThePatient() throws Exception {
		String patient = createPatient();
		Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL)
				.setSubject(new Reference(patient));
		observation.getCode().setText("weight");
		client.create().resource(observation).execute();
		client.read().resource(Patient.class).withId(patient).execute();
		client.search().forResource(Observation.class).where(Observation.SUBJECT.hasId(patient)).returnBundle(Bundle.class).execute();

		List<AuditEvent> events = awaitEvents(patient, 4);
		assertThat(events).allSatisfy(e -> {
			assertThat(e.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);
			assertThat(e.getSource().getObserver().getIdentifier().getValue()).isEqualTo(MocRules.AUDIT_OBSERVER);
			assertThat(e.getAgentFirstRep().getRequestor()).isTrue();
		});
		assertThat(events).extracting(e -> e.getSubtypeFirstRep().getCode())
				.contains("create", "read", "search-type");
		AuditEvent search = events.stream().filter(e -> "search-type".equals(e.getSubtypeFirstRep().getCode())).findFirst().orElseThrow();
		assertThat(search.getAction()).isEqualTo(AuditEvent.AuditEventAction.R);
		assertThat(search.getEntity()).anyMatch(en -> en.hasQuery()
				&& new String(en.getQuery(), StandardCharsets.UTF_8).contains("/fhir/Observation?subject="));
		AuditEvent read = events.stream().filter(e -> "read".equals(e.getSubtypeFirstRep().getCode())).findFirst().orElseThrow();
		assertThat(read.getEntity()).anyMatch(en -> patient.equals(en.getWhat().getReference()) && "1".equals(en.getRole().getCode()));
	}

	@Test
	void aRefusedReadIsAuditedAsAMinorFailure() throws Exception {
		String missing = "Observation/missing-" + UUID.randomUUID();
		assertThat(get("/fhir/" + missing).statusCode()).isEqualTo(404);

		await().atMost(WAIT).untilAsserted(() -> {
			Bundle found = client.search().forResource(AuditEvent.class)
					.where(AuditEvent.OUTCOME.exactly().code("4")).sort().descending(AuditEvent.DATE).count(200).returnBundle(Bundle.class).execute();
			assertThat(found.getEntry()).map(e -> (AuditEvent) e.getResource())
					.anyMatch(e -> e.getEntity().stream().anyMatch(en -> en.hasQuery()
							&& new String(en.getQuery(), StandardCharsets.UTF_8).endsWith(missing)));
		});
	}

	@Test
	void clientsCannotWriteAuditEvents() throws Exception {
		String patient = createPatient();
		String marker = "fabricated-" + UUID.randomUUID();
		String event = """
				{"resourceType":"AuditEvent","type":{"system":"http://terminology.hl7.org/CodeSystem/audit-event-type","code":"rest"},
				 "action":"R","recorded":"2026-06-09T19:30:00-04:00","outcome":"0","outcomeDesc":"%s",
				 "agent":[{"who":{"reference":"%s"},"requestor":true}],
				 "source":{"observer":{"identifier":{"system":"urn:ietf:rfc:3986","value":"%s"}}},
				 "entity":[{"what":{"reference":"%s"}}]}""".formatted(marker, patient, MocRules.AUDIT_OBSERVER, patient);
		assertThat(send("POST", "/fhir/AuditEvent", event).statusCode()).isEqualTo(403);
		assertThat(send("PUT", "/fhir/AuditEvent/" + marker, event.replace("{\"resourceType\":\"AuditEvent\",",
				"{\"resourceType\":\"AuditEvent\",\"id\":\"" + marker + "\",")).statusCode()).isEqualTo(403);
		String transaction = """
				{"resourceType":"Bundle","type":"%s","entry":[{"resource":%s,"request":{"method":"POST","url":"AuditEvent"}}]}""";
		assertThat(send("POST", "/fhir", transaction.formatted("transaction", event)).statusCode()).isEqualTo(403);
		HttpResponse<String> batch = send("POST", "/fhir", transaction.formatted("batch", event));
		assertThat(batch.body()).contains("403 Forbidden");

		assertThat(trail.awaitWritten(WAIT)).isTrue();
		Bundle stored = client.search().forResource(AuditEvent.class).where(AuditEvent.PATIENT.hasId(patient))
				.count(200).returnBundle(Bundle.class).execute();
		assertThat(stored.getEntry()).map(e -> (AuditEvent) e.getResource())
				.noneMatch(e -> marker.equals(e.getOutcomeDesc()));
		assertThat(get("/fhir/AuditEvent/" + marker).statusCode()).isEqualTo(404);
	}

	@Test
	void theCapabilityStatementIsNotAudited() throws Exception {
		assertThat(trail.awaitWritten(WAIT)).isTrue();
		long before = trail.written();
		assertThat(get("/fhir/metadata").statusCode()).isEqualTo(200);
		assertThat(trail.awaitWritten(WAIT)).isTrue();
		assertThat(trail.written()).isEqualTo(before);
	}

	private String createPatient() {
		Patient patient = new Patient();
		patient.addName().setFamily("Audit").addGiven("Ada");
		return client.create().resource(patient).execute().getId().toUnqualifiedVersionless().getValue();
	}

	private List<AuditEvent> awaitEvents(String patient, int atLeast) {
		return await().atMost(WAIT).until(() -> {
			Bundle found = client.search().forResource(AuditEvent.class).where(AuditEvent.PATIENT.hasId(patient))
					.count(200).returnBundle(Bundle.class).execute();
			return found.getEntry().stream().map(e -> (AuditEvent) e.getResource()).toList();
		}, events -> events.size() >= atLeast);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(rootUrl() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(rootUrl() + path))
				.header("Content-Type", "application/fhir+json")
				.method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}
}
