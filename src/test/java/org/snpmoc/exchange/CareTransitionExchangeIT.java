package org.snpmoc.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.support.ReportJson.outcome;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Endpoint;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snpmoc.contract.MocCodes;
import org.snpmoc.hra.HraFixture;
import org.snpmoc.support.CareStory;
import org.snpmoc.support.H2ServerTest;
import org.snpmoc.support.ProfileCheck;
import org.snpmoc.transitions.WorkItemQueue;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A stored admission of a high-risk member notifies their State's agency and sends the care plan to the admitting
 * setting; a discharge with a destination sends it to the next setting; failing endpoints are retried, and a
 * notice delivered after its due time is reported late. The States are configured in {@link H2ServerTest}: ZZ
 * (high tier, 48 hours) and ZY (members of Group state-zy-high-risk, a one-second deadline).
 */
class CareTransitionExchangeIT extends H2ServerTest {
	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	private ExchangeQueue exchanges;

	@Autowired
	private WorkItemQueue workItems;

	private ExchangeReceiver receiver;
	private CareStory story;
	private String today;
	private String stateAgency;

	@BeforeEach
	void receiverAndStateAgencies() {
		receiver = new ExchangeReceiver();
		story = new CareStory(client);
		today = LocalDate.now(ZoneId.of("America/New_York")).toString();
		stateAgency = story.organization("State Medicaid agency");
		endpoint("state-zz-agency", receiver.address("zz"), stateAgency);
		endpoint("state-zy-agency", receiver.address("zy"), stateAgency);
	}

	@AfterEach
	void stopReceiver() {
		receiver.close();
	}

	@Test
	void aHighRiskAdmissionNotifiesTheStateAndSendsTheCarePlanToTheHospital() throws Exception {
		String hospital = organizationWithEndpoint("Bayview General Hospital", "bayview");
		String patient = member("ZZ");
		story.create(HraFixture.highRisk(story.hraInstrument(), patient, today));
		String icp = story.icp(patient, today);
		String coordinator = story.staff("transition-coordinator");
		story.ict(patient, "transition-coordinator", coordinator, "beneficiary", patient);
		settle();

		Encounter stay = story.stay(patient, "IMP", today, hospital);
		String stayId = stay.getIdElement().getIdPart();
		settle();

		List<ExchangeReceiver.Received> notices = receiver.on("/zz/$process-message");
		assertThat(notices).hasSize(1);
		Bundle message = parse(notices.get(0).body());
		assertThat(message.getType()).isEqualTo(Bundle.BundleType.MESSAGE);
		MessageHeader header = (MessageHeader) message.getEntryFirstRep().getResource();
		assertThat(header.getEventCoding().getSystem()).isEqualTo(NoticeMessage.EVENT_SYSTEM);
		assertThat(header.getEventCoding().getCode()).isEqualTo("notify-admission");
		assertThat(header.getFocusFirstRep().getReference()).isEqualTo("Encounter/" + stayId);
		assertThat(message.getEntry()).extracting(e -> e.getResource().fhirType())
				.contains("Encounter", "Patient", "Coverage", "Organization");

		Communication notice = story.read(Communication.class, "Communication/" + ExchangeIds.notice(stayId));
		assertThat(notice.getStatus()).isEqualTo(Communication.CommunicationStatus.COMPLETED);
		assertThat(notice.getRecipientFirstRep().getReference()).isEqualTo(stateAgency);
		assertThat(notice.getExtensionByUrl(MocCodes.EXT_NOTICE_TIMELINESS).getValue().primitiveValue()).isEqualTo("on-time");
		assertThat(notice.getExtensionByUrl(MocCodes.EXT_NOTICE_DUE)).isNotNull();
		assertThat(ProfileCheck.errors(notice)).isEmpty();

		List<ExchangeReceiver.Received> documents = receiver.on("/bayview/Bundle");
		assertThat(documents).hasSize(1);
		Bundle document = parse(documents.get(0).body());
		assertThat(document.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
		Composition composition = (Composition) document.getEntryFirstRep().getResource();
		assertThat(composition.getType().getCodingFirstRep().getCode()).isEqualTo("18761-7");
		assertThat(TransitionDocument.entries(TransitionDocument.section(composition, TransitionDocument.SECTION_CARE_PLAN)
				.orElseThrow())).containsExactly(icp);
		assertThat(TransitionDocument.entries(TransitionDocument.section(composition, TransitionDocument.SECTION_CARE_TEAM)
				.orElseThrow())).contains(coordinator);
		assertThat(TransitionDocument.section(composition, TransitionDocument.SECTION_HEALTH_CONCERNS).orElseThrow()
				.getText().getDivAsString()).contains("tier high");

		Communication transfer = story.read(Communication.class,
				"Communication/" + ExchangeIds.document(stayId, ExchangeOutbox.Event.ADMISSION));
		assertThat(transfer.getStatus()).isEqualTo(Communication.CommunicationStatus.COMPLETED);
		assertThat(transfer.getRecipientFirstRep().getReference()).isEqualTo(hospital);
		assertThat(transfer.getAbout()).extracting(Reference::getReference).contains(icp, "Encounter/" + stayId);
		Bundle stored = story.read(Bundle.class, ((Reference) transfer.getPayloadFirstRep().getContent()).getReference());
		assertThat(stored.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);

		assertThat(workItem(stayId, "admission").getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
		assertThat(outcome(evaluate(patient), "2E.3")).isEqualTo("met");

		// Saving the stay again sends nothing twice.
		client.update().resource(story.read(Encounter.class, "Encounter/" + stayId)).execute();
		settle();
		assertThat(receiver.on("/zz/$process-message")).hasSize(1);
		assertThat(receiver.on("/bayview/Bundle")).hasSize(1);
	}

	@Test
	void aDischargeWithADestinationSendsTheCarePlanToTheNextSetting() throws Exception {
		String hospital = story.organization("Hospital without endpoint");
		String snf = story.organization("Palm Gardens Skilled Nursing");
		Location unit = new Location().setStatus(Location.LocationStatus.ACTIVE).setName("Palm Gardens rehabilitation unit")
				.setManagingOrganization(new Reference(snf));
		unit.addEndpoint(new Reference(endpoint(null, receiver.address("palm"), snf)));
		String location = story.create(unit);
		String patient = member(null);
		String icp = story.icp(patient, today);
		Encounter stay = story.stay(patient, "IMP", today, hospital);
		settle();

		stay = story.read(Encounter.class, "Encounter/" + stay.getIdElement().getIdPart());
		stay.setStatus(Encounter.EncounterStatus.FINISHED);
		stay.getPeriod().getEndElement().setValueAsString(today);
		stay.getHospitalization().setDestination(new Reference(location));
		client.update().resource(stay).execute();
		settle();

		String stayId = stay.getIdElement().getIdPart();
		assertThat(receiver.on("/palm/Bundle")).hasSize(1);
		Communication transfer = story.read(Communication.class,
				"Communication/" + ExchangeIds.document(stayId, ExchangeOutbox.Event.DISCHARGE));
		assertThat(transfer.getRecipientFirstRep().getReference()).as("the destination's managing Organization").isEqualTo(snf);
		assertThat(transfer.getAbout()).extracting(Reference::getReference).contains(icp);
		assertThat(workItem(stayId, "discharge").getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
		assertThat(exchanges.states(stayId)).contains("DOCUMENT ADMISSION NO_ENDPOINT", "DOCUMENT DISCHARGE DELIVERED");
	}

	@Test
	void withoutAnEndpointTheTransferWorkItemSaysTheIcpMustGoAnotherWay() throws Exception {
		String hospital = story.organization("Hospital without endpoint");
		String patient = member(null);
		story.icp(patient, today);
		Encounter stay = story.stay(patient, "ACUTE", today, hospital);
		settle();

		Task item = workItem(stay.getIdElement().getIdPart(), "admission");
		assertThat(item.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
		assertThat(item.getNoteFirstRep().getText()).contains("No FHIR Endpoint is registered for " + hospital)
				.contains("another way");
		assertThat(ProfileCheck.errors(item)).isEmpty();
		assertThat(outcome(evaluate(patient), "2E.3")).isNotEqualTo("met");
	}

	@Test
	void aFailingStateEndpointIsRetriedAndTheLateNoticeIsReportedLate() throws Exception {
		String hospital = story.organization("County Hospital");
		String patient = member("ZY");
		Group highRisk = new Group().setActive(true).setType(Group.GroupType.PERSON).setActual(true);
		highRisk.setId("state-zy-high-risk");
		highRisk.addMember().setEntity(new Reference(patient));
		client.update().resource(highRisk).execute();
		receiver.failFirst(1);

		Encounter stay = story.stay(patient, "NONAC", today, hospital);
		String stayId = stay.getIdElement().getIdPart();
		settle();

		assertThat(receiver.refused()).isEqualTo(1);
		assertThat(receiver.on("/zy/$process-message")).hasSize(1);
		Communication notice = story.read(Communication.class, "Communication/" + ExchangeIds.notice(stayId));
		assertThat(notice.getStatus()).isEqualTo(Communication.CommunicationStatus.COMPLETED);
		assertThat(notice.getExtensionByUrl(MocCodes.EXT_NOTICE_TIMELINESS).getValue().primitiveValue()).isEqualTo("late");
		assertThat(exchanges.states(stayId)).contains("NOTICE ADMISSION DELIVERED");

		JsonNode timeliness = planGroup("admission-notice-timeliness");
		assertThat(population(timeliness, "late")).isPositive();
		assertThat(population(timeliness, "denominator")).isGreaterThanOrEqualTo(population(timeliness, "numerator")
				+ population(timeliness, "late"));
		assertThat(timeliness.path("measureScore").path("value").asDouble()).isLessThan(1.0);
	}

	@Test
	void aMemberWhoIsNotHighRiskGetsNoNotice() throws Exception {
		String hospital = story.organization("Bayview General Hospital");
		String patient = member("ZZ");
		story.create(HraFixture.response(story.hraInstrument(), patient, today));
		settle();
		Encounter stay = story.stay(patient, "IMP", today, hospital);
		settle();

		assertThat(receiver.on("/zz/$process-message")).isEmpty();
		assertThat(exchanges.states(stay.getIdElement().getIdPart())).contains("NOTICE ADMISSION SKIPPED");
		assertThatThrownBy(() -> story.read(Communication.class,
				"Communication/" + ExchangeIds.notice(stay.getIdElement().getIdPart())))
				.isInstanceOf(ResourceNotFoundException.class);
	}

	// ---- building the story and reading the results

	/** An enrolled member, living in the given State (none: no address). */
	private String member(String state) {
		Patient patient = new Patient().setActive(true);
		patient.addName().setFamily("Rivera").addGiven("Luz");
		if (state != null) {
			patient.addAddress().setUse(org.hl7.fhir.r4.model.Address.AddressUse.HOME).setCity("Springfield").setState(state);
		}
		String id = story.create(patient);
		story.enrollment(id, "2026-01-15", story.organization("The plan"));
		return id;
	}

	private String organizationWithEndpoint(String name, String channel) {
		String org = story.organization(name);
		Organization stored = story.read(Organization.class, org);
		stored.addEndpoint(new Reference(endpoint(null, receiver.address(channel), org)));
		client.update().resource(stored).execute();
		return org;
	}

	/** Stores an active FHIR REST Endpoint (under the id when given); answers "Endpoint/id". */
	private String endpoint(String id, String address, String managingOrganization) {
		Endpoint endpoint = new Endpoint().setStatus(Endpoint.EndpointStatus.ACTIVE).setAddress(address)
				.setConnectionType(new Coding("http://terminology.hl7.org/CodeSystem/endpoint-connection-type",
						"hl7-fhir-rest", null))
				.setManagingOrganization(new Reference(managingOrganization));
		endpoint.addPayloadType(new CodeableConcept().setText("FHIR R4"));
		if (id == null) {
			return story.create(endpoint);
		}
		endpoint.setId(id);
		client.update().resource(endpoint).execute();
		return "Endpoint/" + id;
	}

	/** Waits until the exchanges and the work items they cause are done. */
	private void settle() {
		assertThat(workItems.awaitIdle(Duration.ofSeconds(60))).isTrue();
		assertThat(exchanges.awaitIdle(Duration.ofSeconds(60))).isTrue();
		assertThat(workItems.awaitIdle(Duration.ofSeconds(60))).isTrue();
	}

	private Task workItem(String stayId, String kind) {
		return story.read(Task.class, "Task/wi-" + stayId + "-2E.3-" + kind);
	}

	private Bundle parse(String body) {
		return FHIR.newJsonParser().parseResource(Bundle.class, body);
	}

	private JsonNode evaluate(String patient) throws Exception {
		return get("/fhir/" + patient + "/$moc-evaluate?asOf=" + today);
	}

	private JsonNode planGroup(String code) throws Exception {
		for (JsonNode group : get("/fhir/$moc-evaluate?asOf=" + today).path("group")) {
			if (code.equals(group.path("code").path("coding").path(0).path("code").asText())) {
				return group;
			}
		}
		throw new AssertionError("no group " + code);
	}

	private JsonNode get(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(rootUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static int population(JsonNode group, String code) {
		for (JsonNode population : group.path("population")) {
			if (code.equals(population.path("code").path("coding").path(0).path("code").asText())) {
				return population.path("count").asInt();
			}
		}
		throw new AssertionError("no population " + code);
	}
}
