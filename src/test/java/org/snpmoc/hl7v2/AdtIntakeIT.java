package org.snpmoc.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.support.ReportJson.outcome;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.snpmoc.hl7v2.AdtMessages.adt;
import static org.snpmoc.hl7v2.AdtMessages.mllp;
import static org.snpmoc.hl7v2.AdtMessages.msa;

import ca.uhn.fhir.rest.api.CacheControlDirective;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snpmoc.contract.MocCodes;
import org.snpmoc.support.CareStory;
import org.snpmoc.support.FhirClientSupport;
import org.snpmoc.support.ProfileCheck;
import org.snpmoc.transitions.WorkItemQueue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * ADT messages from an EHR over a real MLLP socket and over {@code POST /hl7v2}: the stay's Encounter, the kept
 * message and its Provenance, the work items the workflow opens and what $moc-evaluate says. A server of its own:
 * it listens for MLLP on a free port and knows the plan's member identifier systems.
 */
@SpringBootTest(
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = {
			"moc.security.enabled=false",
			"spring.datasource.url=jdbc:h2:mem:moc-hl7v2-it;DB_CLOSE_DELAY=-1",
			"moc.subscriptions.allowed-endpoints=127.0.0.1",
			"moc.hl7v2.member-id-systems=urn:oid:2.16.840.1.113883.3.777,https://harbor.example/mrn",
			"moc.hl7v2.assigning-authorities.HARBOR_MRN=https://harbor.example/mrn",
			"moc.hl7v2.mllp-read-timeout=3s",
			"moc.hl7v2.max-message-size=65536"
		})
class AdtIntakeIT extends FhirClientSupport {
	private static final String PLAN_OID = "2.16.840.1.113883.3.777";
	private static final String VISITS = MocCodes.BASE + "/hl7v2/facility/HARBOR/visit";

	@DynamicPropertySource
	static void mllpPort(DynamicPropertyRegistry registry) throws IOException {
		try (ServerSocket free = new ServerSocket(0)) {
			int port = free.getLocalPort();
			registry.add("moc.hl7v2.mllp-port", () -> port);
		}
	}

	@Autowired
	private MllpListener listener;

	@Autowired
	private WorkItemQueue queue;

	private CareStory story;
	private String n;
	private String patient;
	private String mrn;
	private String memberNumber;
	private String today;

	@BeforeEach
	void enrolledMemberKnownByTheHospitalRecordNumberAndThePlanMemberNumber() {
		story = new CareStory(client);
		n = Long.toString(System.nanoTime() % 10_000_000_000L, 36).toUpperCase();
		mrn = "H" + n;
		memberNumber = "QX-" + n;
		Patient member = new Patient().setActive(true);
		member.addName().setFamily("Okafor").addGiven("Ada");
		member.addIdentifier().setSystem("https://harbor.example/mrn").setValue(mrn);
		patient = story.create(member);
		Coverage enrollment = new Coverage().setStatus(Coverage.CoverageStatus.ACTIVE)
				.setType(new CodeableConcept(new Coding(MocCodes.CS_ARTIFACT, "snp-enrollment", "SNP enrollment")))
				.setBeneficiary(new Reference(patient)).setSubscriberId(memberNumber);
		enrollment.getMeta().addProfile(MocCodes.profile("moc-snp-enrollment"));
		enrollment.addPayor(new Reference(story.organization("Sunrise D-SNP")));
		enrollment.getPeriod().getStartElement().setValueAsString("2026-01-15");
		story.create(enrollment);
		today = LocalDate.now(ZoneId.of("America/New_York")).toString();
	}

	/** PID-3 as a 2.3 hospital sends it: the hospital's record number, a namespace the plan maps. */
	private String byMrn() {
		return mrn + "^^^HARBOR_MRN^MR";
	}

	/** PID-3 as a 2.5.1 sender gives the plan's member number, with the plan's OID as assigning authority. */
	private String byMemberNumber() {
		return "X99^^^OTHER^MR~" + memberNumber + "^^^PLAN&" + PLAN_OID + "&ISO^MB";
	}

	@Test
	void anAdmissionATransferAndADischargeOverMllpMakeOneStayWithItsWorkItemsAndTheirSources() throws Exception {
		String visit = "V" + n;
		String[] acks = mllp(listener.port(),
				adt("2.3", "A01", "A-" + n, byMrn(), "I", "4WEST^412^B", visit, "", "", "202606010815", "", "202606010830"),
				adt("2.5.1", "A02", "T-" + n, byMemberNumber(), "I", "ICU^2^A", visit, "", "", "", "", "20260602100000-0400"),
				adt("2.5.1", "A03", "D-" + n, byMemberNumber(), "I", "ICU^2^A", visit, "06", "PALMSNF", "", "202606051400",
						"202606051415"));

		assertThat(acks).extracting(a -> msa(a, 1)).containsExactly("AA", "AA", "AA");
		assertThat(acks).extracting(a -> msa(a, 2)).containsExactly("A-" + n, "T-" + n, "D-" + n);
		assertThat(acks[0]).as("the acknowledgment answers in the message's version").contains("|ACK^A01^ACK|").contains("|P|2.3\r");

		Encounter stay = stay(visit);
		assertThat(msa(acks[2], 3)).isEqualTo("A03 applied to Encounter/" + stay.getIdElement().getIdPart());
		assertThat(stay.getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
		assertThat(stay.getClass_().getCode()).isEqualTo("IMP");
		assertThat(stay.getSubject().getReference()).isEqualTo(patient);
		assertThat(stay.getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-06-01T08:15:00-04:00");
		assertThat(stay.getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-06-05T14:00:00-04:00");
		assertThat(stay.getHospitalization().getDischargeDisposition().getCodingFirstRep().getCode()).isEqualTo("06");
		assertThat(ProfileCheck.errors(stay)).isEmpty();

		Organization hospital = story.read(Organization.class, stay.getServiceProvider().getReference());
		assertThat(hospital.getIdentifierFirstRep().getValue()).isEqualTo("HARBOR");
		assertThat(stay.getLocation()).extracting(l -> story.read(Location.class, l.getLocation().getReference()).getName(),
				Encounter.EncounterLocationComponent::getStatus).containsExactly(
						org.assertj.core.groups.Tuple.tuple("4WEST^412^B", Encounter.EncounterLocationStatus.COMPLETED),
						org.assertj.core.groups.Tuple.tuple("ICU^2^A", Encounter.EncounterLocationStatus.COMPLETED));
		Location ward = story.read(Location.class, stay.getLocationFirstRep().getLocation().getReference());
		assertThat(ward.getManagingOrganization().getReference()).isEqualTo(stay.getServiceProvider().getReference());
		assertThat(story.read(Location.class, stay.getHospitalization().getDestination().getReference()).getName())
				.isEqualTo("PALMSNF");

		// Every change is traced to the message that made it, kept as sent.
		List<Provenance> sources = provenance(stay);
		assertThat(sources).extracting(p -> p.getActivity().getCodingFirstRep().getCode())
				.containsExactlyInAnyOrder("A01", "A02", "A03");
		Provenance discharge = sources.stream().filter(p -> p.getActivity().getCodingFirstRep().getCode().equals("A03"))
				.findFirst().orElseThrow();
		Binary original = story.read(Binary.class, discharge.getEntityFirstRep().getWhat().getReference());
		assertThat(original.getContentType()).isEqualTo("x-application/hl7-v2+er7");
		assertThat(new String(original.getData(), StandardCharsets.UTF_8)).contains("|D-" + n + "|").contains("PALMSNF");
		assertThat(discharge.getAgentFirstRep().getWho().getReference()).isEqualTo(stay.getServiceProvider().getReference());

		// The workflow ran as for any stored transition: admission and discharge steps, none met yet.
		assertThat(workItems(stay)).extracting(t -> t.getReasonCode().getCodingFirstRep().getCode())
				.contains("2E.2", "2E.6", "2E.1", "2E.4", "2E.5");
		JsonNode report = evaluate();
		assertThat(outcome(report, "2E.1")).isEqualTo("not-met");
		assertThat(outcome(report, "2E.2")).isEqualTo("not-met");
	}

	@Test
	void aRepeatedMessageChangesNothingAndCancelsUndoTheirEvents() throws Exception {
		String visit = "V" + n;
		String admit = adt("2.5.1", "A01", "A-" + n, byMemberNumber(), "I", "4WEST^412^B", visit, "", "", "20260601081500",
				"", "20260601083000");
		String[] acks = mllp(listener.port(), admit, admit);
		assertThat(acks).extracting(a -> msa(a, 1)).containsExactly("AA", "AA");
		assertThat(msa(acks[1], 3)).contains("already applied; nothing changed");
		Encounter admitted = stay(visit);
		assertThat(admitted.getMeta().getVersionId()).isEqualTo("1");
		assertThat(provenance(admitted)).hasSize(1);

		// A discharge, then its cancel (A13): the stay is open again, without end or disposition.
		mllp(listener.port(),
				adt("2.5.1", "A03", "D-" + n, byMemberNumber(), "I", "", visit, "01", "", "", "20260603120000", "20260603121500"));
		assertThat(stay(visit).getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
		String[] undo = mllp(listener.port(),
				adt("2.5.1", "A13", "U-" + n, byMemberNumber(), "I", "", visit, "", "", "", "", "20260603130000"));
		assertThat(msa(undo[0], 1)).isEqualTo("AA");
		Encounter reopened = stay(visit);
		assertThat(reopened.getStatus()).isEqualTo(Encounter.EncounterStatus.INPROGRESS);
		assertThat(reopened.getPeriod().hasEnd()).isFalse();
		assertThat(reopened.getHospitalization().hasDischargeDisposition()).isFalse();

		assertThat(workItems(reopened)).extracting(Task::getStatus).contains(Task.TaskStatus.REQUESTED);

		// The admission cancelled (A11): the stay is no transition any more, its work items are cancelled and 2E has
		// nothing to judge.
		String[] cancel = mllp(listener.port(),
				adt("2.3", "A11", "C-" + n, byMrn(), "I", "", visit, "", "", "", "", "202606031400"));
		assertThat(msa(cancel[0], 1)).isEqualTo("AA");
		assertThat(stay(visit).getStatus()).isEqualTo(Encounter.EncounterStatus.CANCELLED);
		assertThat(provenance(admitted)).extracting(p -> p.getActivity().getCodingFirstRep().getCode())
				.containsExactlyInAnyOrder("A01", "A03", "A13", "A11");
		assertThat(workItems(reopened)).isNotEmpty().extracting(Task::getStatus).doesNotContain(Task.TaskStatus.REQUESTED);
		JsonNode report = evaluate();
		assertThat(outcome(report, "2E.1")).isEqualTo("not-applicable");
		assertThat(outcome(report, "2E.2")).isEqualTo("not-applicable");
	}

	@Test
	void anUnknownMemberAMalformedMessageAndAnUnsupportedEventAreRefusedAndStoreNothing() throws Exception {
		String visit = "V" + n;
		String unknownMember = adt("2.5.1", "A01", "U-" + n, "NOBODY-" + n + "^^^PLAN&" + PLAN_OID + "&ISO^MB", "I",
				"4WEST^1^A", visit, "", "", "20260601081500", "", "20260601083000");
		String badDischargeTime = adt("2.5.1", "A03", "Q-" + n, byMemberNumber(), "I", "4WEST^1^A", visit, "", "",
				"20260601081500", "20260641", "20260601083000");
		String[] acks = mllp(listener.port(), unknownMember,
				adt("2.5.1", "A01", "W-" + n, "X" + n + "^^^OTHER^MR", "I", "4WEST^1^A", visit, "", "", "20260601081500", "",
						"20260601083000"),
				adt("2.5.1", "A01", "", byMemberNumber(), "I", "4WEST^1^A", visit, "", "", "20260601081500", "", "20260601083000"),
				adt("2.5.1", "A40", "M-" + n, byMemberNumber(), "I", "4WEST^1^A", visit, "", "", "20260601081500", "",
						"20260601083000"),
				badDischargeTime);

		assertThat(msa(acks[0], 1)).isEqualTo("AE");
		assertThat(msa(acks[0], 2)).isEqualTo("U-" + n);
		assertThat(msa(acks[0], 3)).startsWith("unknown member");
		assertThat(acks[0]).contains("\rERR|||204^Unknown key identifier^HL70357|E|");
		assertThat(msa(acks[1], 3)).startsWith("unknown member: no PID-3 identifier is of a system");
		assertThat(msa(acks[2], 1)).isEqualTo("AR");
		assertThat(msa(acks[2], 3)).contains("malformed message").contains("MSH-10");
		assertThat(msa(acks[3], 1)).isEqualTo("AR");
		assertThat(msa(acks[3], 3)).contains("unsupported event 'A40'");
		assertThat(msa(acks[4], 1)).isEqualTo("AE");
		assertThat(msa(acks[4], 3)).contains("PV1-45");

		// A cancel of a stay not on record, and a hospital number two Patients carry.
		Patient twin = new Patient().setActive(true);
		twin.addIdentifier().setSystem("https://harbor.example/mrn").setValue(mrn);
		story.create(twin);
		String[] more = mllp(listener.port(),
				adt("2.5.1", "A11", "N-" + n, byMemberNumber(), "I", "", visit, "", "", "", "", "20260601090000"),
				adt("2.3", "A01", "B-" + n, byMrn(), "I", "4WEST^1^A", visit, "", "", "202606010815", "", "202606010830"));
		assertThat(msa(more[0], 1)).isEqualTo("AE");
		assertThat(msa(more[0], 3)).contains("not on record");
		assertThat(msa(more[1], 1)).isEqualTo("AE");
		assertThat(msa(more[1], 3)).startsWith("ambiguous member");

		assertThat(encounters(visit)).isEmpty();
		for (String refused : List.of(unknownMember, badDischargeTime)) {
			String kept = "Binary/" + AdtIdentifiers.binaryId(MessageHeader.read(refused));
			assertThatThrownBy(() -> story.read(Binary.class, kept)).isInstanceOf(ResourceNotFoundException.class);
		}
	}

	@Test
	void firstMessagesOfANewFacilityOnSeveralConnectionsAtOnceAreAllAppliedToOneOrganization() throws Exception {
		String facility = "NEWFAC" + n;
		var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<String[]>> sent = new java.util.ArrayList<>();
			for (int i = 0; i < 4; i++) {
				String message = adt("2.5.1", "A01", "F" + i + "-" + n, byMemberNumber(), "I", "WARD^" + i + "^A^" + facility,
						"F" + i + "-" + n, "", "", "20260601081500", "", "20260601083000");
				sent.add(pool.submit(() -> mllp(listener.port(), message)));
			}
			for (var acks : sent) {
				assertThat(msa(acks.get()[0], 1)).as(msa(acks.get()[0], 3)).isEqualTo("AA");
			}
		} finally {
			pool.shutdown();
		}
		Bundle organizations = client.search().forResource(Organization.class)
				.where(Organization.IDENTIFIER.exactly().systemAndCode(AdtIdentifiers.FACILITY, facility))
				.cacheControl(new CacheControlDirective().setNoCache(true)).returnBundle(Bundle.class).execute();
		assertThat(organizations.getEntry()).hasSize(1);
	}

	@Test
	void postHl7v2AnswersTheAcknowledgmentAndABodyThatIsNotHl7IsA400() throws Exception {
		String visit = "V" + n;
		HttpResponse<String> admitted = post(adt("2.5.1", "A01", "H-" + n, byMemberNumber(), "I", "4WEST^412^B", visit, "",
				"", "20260601081500", "", "20260601083000").replace("\r", "\n"), "x-application/hl7-v2+er7");
		assertThat(admitted.statusCode()).isEqualTo(200);
		assertThat(admitted.headers().firstValue("Content-Type").orElse("")).startsWith("x-application/hl7-v2+er7");
		assertThat(msa(admitted.body(), 1)).isEqualTo("AA");
		assertThat(stay(visit).getStatus()).isEqualTo(Encounter.EncounterStatus.INPROGRESS);

		HttpResponse<String> unknown = post(adt("2.5.1", "A01", "K-" + n, "NOBODY^^^HARBOR_MRN^MR", "I", "", "V2" + n, "", "",
				"20260601081500", "", "20260601083000"), "text/plain");
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(msa(unknown.body(), 1)).isEqualTo("AE");

		HttpResponse<String> notHl7 = post("{\"resourceType\":\"Patient\"}", "text/plain");
		assertThat(notHl7.statusCode()).isEqualTo(400);
		assertThat(notHl7.body()).contains("OperationOutcome").contains("MSH");
	}

	@Test
	void theListenerClosesAnIdleConnectionAndBytesOutsideAFrameAndStillServesOthers() throws Exception {
		try (Socket idle = new Socket("127.0.0.1", listener.port())) {
			idle.setSoTimeout(20_000);
			long start = System.nanoTime();
			assertThat(idle.getInputStream().read()).as("closed by the server").isEqualTo(-1);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
		}
		try (Socket garbage = new Socket("127.0.0.1", listener.port())) {
			garbage.setSoTimeout(20_000);
			garbage.getOutputStream().write("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			assertThat(garbage.getInputStream().read()).isEqualTo(-1);
		}
		try (Socket huge = new Socket("127.0.0.1", listener.port())) {
			huge.setSoTimeout(20_000);
			InputStream in = huge.getInputStream();
			huge.getOutputStream().write(0x0B);
			byte[] chunk = new byte[8192];
			java.util.Arrays.fill(chunk, (byte) 'A');
			try {
				for (int i = 0; i < 16; i++) {
					huge.getOutputStream().write(chunk);
				}
			} catch (IOException closedWhileWriting) {
				// the server may close before all is written
			}
			assertThat(in.read()).isEqualTo(-1);
		}
		String[] acks = mllp(listener.port(), "hello");
		assertThat(msa(acks[0], 1)).isEqualTo("AR");
		assertThat(msa(acks[0], 3)).contains("not an HL7 v2 message");
	}

	private HttpResponse<String> post(String body, String contentType) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(rootUrl() + "/hl7v2"))
				.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private List<Encounter> encounters(String visit) {
		return client.search().forResource(Encounter.class).where(Encounter.IDENTIFIER.exactly().systemAndCode(VISITS, visit))
				.cacheControl(new CacheControlDirective().setNoCache(true)).returnBundle(Bundle.class).execute().getEntry()
				.stream().map(e -> (Encounter) e.getResource()).toList();
	}

	private Encounter stay(String visit) {
		List<Encounter> found = encounters(visit);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private List<Provenance> provenance(Encounter stay) {
		return client.search().forResource(Provenance.class)
				.where(Provenance.TARGET.hasId(stay.getIdElement().toUnqualifiedVersionless().getValue()))
				.cacheControl(new CacheControlDirective().setNoCache(true)).returnBundle(Bundle.class).execute().getEntry()
				.stream().map(e -> (Provenance) e.getResource()).toList();
	}

	private List<Task> workItems(Encounter stay) {
		assertThat(queue.awaitIdle(Duration.ofSeconds(30))).as("work items written").isTrue();
		return client.search().forResource(Task.class)
				.where(Task.FOCUS.hasId(stay.getIdElement().toUnqualifiedVersionless().getValue())).count(100)
				.cacheControl(new CacheControlDirective().setNoCache(true)).returnBundle(Bundle.class).execute().getEntry()
				.stream().map(e -> (Task) e.getResource()).toList();
	}

	private JsonNode evaluate() throws Exception {
		assertThat(queue.awaitIdle(Duration.ofSeconds(30))).isTrue();
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(rootUrl() + "/fhir/" + patient + "/$moc-evaluate?asOf=" + today)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return new ObjectMapper().readTree(response.body());
	}
}
