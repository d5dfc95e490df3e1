package org.snpmoc.bench;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Endpoint;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.snpmoc.contract.MocCodes;

/**
 * The time from an admission's write (the POST of a transition Encounter) to the State's endpoint receiving the
 * admission notice: a server of its own with one State configured (members of a Group are high-risk), a local
 * receiver, one admission at a time.
 */
final class NoticeLatency {
	/** Nanoseconds from the start of each POST to the notice's arrival. */
	record Result(List<Long> nanos, int lost) {
		String markdown() {
			return String.format("| admission write → notice delivered | %d | %.1f | %.1f | %d |%n", nanos.size(),
					LatencyTable.percentileMs(nanos, 50), LatencyTable.percentileMs(nanos, 95), lost);
		}
	}

	private NoticeLatency() {}

	static Result measure(String db, int samples, FhirContext fhir) {
		Map<String, CountDownLatch> waiting = new ConcurrentHashMap<>();
		HttpServer receiver = receiver(fhir, waiting);
		String address = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/state";
		Map<String, String> properties = Map.of(
				"moc.subscriptions.allowed-endpoints", "127.0.0.1",
				"moc.exchange.states[0].code", "ZZ",
				"moc.exchange.states[0].endpoint", "bench-state",
				"moc.exchange.states[0].high-risk-tier", "none",
				"moc.exchange.states[0].group", "bench-high-risk");
		try (BenchServer server = new BenchServer(db, properties)) {
			fhir.getRestfulClientFactory().setServerValidationMode(ca.uhn.fhir.rest.client.api.ServerValidationModeEnum.NEVER);
			fhir.getRestfulClientFactory().setSocketTimeout(120_000);
			IGenericClient client = fhir.newRestfulGenericClient(server.baseUrl());
			String agency = created(client, new Organization().setName("State agency"));
			Endpoint endpoint = new Endpoint().setStatus(Endpoint.EndpointStatus.ACTIVE).setAddress(address)
					.setConnectionType(new Coding("http://terminology.hl7.org/CodeSystem/endpoint-connection-type",
							"hl7-fhir-msg", null))
					.setManagingOrganization(new Reference(agency));
			endpoint.addPayloadType(new CodeableConcept().setText("FHIR R4"));
			endpoint.setId("bench-state");
			client.update().resource(endpoint).execute();
			String hospital = created(client, new Organization().setName("Bench hospital"));
			String plan = created(client, new Organization().setName("Bench plan"));
			Group highRisk = new Group().setActive(true).setType(Group.GroupType.PERSON).setActual(true);
			highRisk.setId("bench-high-risk");
			List<String> members = new ArrayList<>();
			for (int i = 0; i < samples; i++) {
				Patient patient = new Patient().setActive(true);
				patient.addName().setFamily("Bench").addGiven("Member" + i);
				patient.addAddress().setUse(org.hl7.fhir.r4.model.Address.AddressUse.HOME).setState("ZZ");
				String id = created(client, patient);
				Coverage enrollment = new Coverage().setStatus(Coverage.CoverageStatus.ACTIVE)
						.setType(new CodeableConcept(new Coding(MocCodes.CS_ARTIFACT, MocCodes.SNP_ENROLLMENT, null)))
						.setBeneficiary(new Reference(id));
				enrollment.getMeta().addProfile(MocCodes.profile("moc-snp-enrollment"));
				enrollment.addPayor(new Reference(plan));
				enrollment.getPeriod().getStartElement().setValueAsString(LocalDate.now().minusYears(1).toString());
				created(client, enrollment);
				highRisk.addMember().setEntity(new Reference(id));
				members.add(id);
			}
			client.update().resource(highRisk).execute();
			server.awaitWorkItems();

			List<Long> nanos = new ArrayList<>();
			int lost = 0;
			for (String member : members) {
				Encounter stay = new Encounter().setStatus(Encounter.EncounterStatus.INPROGRESS)
						.setClass_(new Coding(MocCodes.V3_ACT_CODE, "IMP", null)).setSubject(new Reference(member))
						.setServiceProvider(new Reference(hospital));
				stay.getMeta().addProfile(MocCodes.profile("moc-transition-encounter"));
				stay.getPeriod().getStartElement().setValueAsString(LocalDate.now().toString());
				long started = System.nanoTime();
				String id = client.create().resource(stay).execute().getId().getIdPart();
				CountDownLatch arrived = waiting.computeIfAbsent(id, k -> new CountDownLatch(1));
				try {
					if (arrived.await(60, TimeUnit.SECONDS)) {
						nanos.add(System.nanoTime() - started);
					} else {
						lost++;
					}
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			return new Result(nanos, lost);
		} finally {
			receiver.stop(0);
		}
	}

	private static String created(IGenericClient client, org.hl7.fhir.r4.model.Resource resource) {
		return client.create().resource(resource).execute().getId().toUnqualifiedVersionless().getValue();
	}

	/** Counts down the latch of the stay a received notice is about (creating it when the notice comes first). */
	private static HttpServer receiver(FhirContext fhir, Map<String, CountDownLatch> waiting) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", exchange -> {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(200, -1);
				exchange.close();
				Bundle message = fhir.newJsonParser().parseResource(Bundle.class, body);
				MessageHeader header = (MessageHeader) message.getEntryFirstRep().getResource();
				String stay = header.getFocusFirstRep().getReferenceElement().getIdPart();
				waiting.computeIfAbsent(stay, k -> new CountDownLatch(1)).countDown();
			});
			server.start();
			return server;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
