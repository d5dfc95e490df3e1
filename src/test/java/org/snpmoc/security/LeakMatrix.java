package org.snpmoc.security;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.snpmoc.support.SmartFlows;

/**
 * Patient A's token against patient B's data on every access path: reads, searches (includes, chains, _has),
 * $everything, history, batch and transaction entries, conditional create/update/delete, Subscriptions, Binary,
 * paging links, count-only totals, the MOC operations and the plan's member list. A leak is a successful response
 * carrying anything of B's (an id, a name, an identifier), or a write that changed B's record.
 */
final class LeakMatrix {
	private static final FhirContext R4 = FhirContext.forR4Cached();

	private final SmartFlows smart;
	private final String system;
	private final String tag = UUID.randomUUID().toString().substring(0, 8);
	private final Set<String> markersOfB = new LinkedHashSet<>();
	private final List<String> leaks = new ArrayList<>();
	private int requests;
	private String patientA;
	private String patientB;
	private String observationB;
	private String identifierB;
	private String familyB;

	LeakMatrix(SmartFlows smart) {
		this.smart = smart;
		this.system = smart.systemToken("system/*.cruds");
	}

	private String create(IBaseResource resource) {
		String json = R4.newJsonParser().encodeResourceToString(resource);
		HttpResponse<String> response = smart.send("POST", "/fhir/" + resource.fhirType(), json, system, Map.of());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return response.headers().firstValue("Location").orElseThrow()
				.replaceFirst(".*/fhir/", "").replaceFirst("/_history/.*", "");
	}

	private String beneficiary(String family, String identifier) {
		Patient patient = new Patient();
		patient.addName().setFamily(family).addGiven("Leak");
		patient.addIdentifier().setSystem("https://plan.example.org/member").setValue(identifier);
		String id = create(patient);
		Coverage coverage = new Coverage();
		coverage.setStatus(Coverage.CoverageStatus.ACTIVE);
		coverage.setBeneficiary(new Reference(id));
		coverage.setSubscriberId(identifier);
		coverage.addPayor(new Reference().setDisplay("Plan"));
		Observation observation = new Observation();
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.getCode().setText("finding " + family);
		observation.getSubject().setReference(id);
		Encounter encounter = new Encounter();
		encounter.setStatus(Encounter.EncounterStatus.FINISHED);
		encounter.getClass_().setSystem("http://terminology.hl7.org/CodeSystem/v3-ActCode").setCode("IMP");
		encounter.setSubject(new Reference(id));
		encounter.getPeriod().setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2026-05-01"))
				.setEndElement(new org.hl7.fhir.r4.model.DateTimeType("2026-05-04"));
		Condition condition = new Condition();
		condition.getCode().setText("condition " + family);
		condition.setSubject(new Reference(id));
		CarePlan plan = new CarePlan();
		plan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
		plan.setIntent(CarePlan.CarePlanIntent.PLAN);
		plan.setTitle("plan " + family);
		plan.setSubject(new Reference(id));
		RelatedPerson caregiver = new RelatedPerson();
		caregiver.setPatient(new Reference(id));
		caregiver.addName().setFamily("Carer" + family);
		List<String> ids = new ArrayList<>(List.of(id));
		for (IBaseResource resource : List.of(coverage, observation, encounter, condition, plan, caregiver)) {
			ids.add(create(resource));
		}
		if (family.equals(familyB)) {
			observationB = ids.get(2);
			markersOfB.addAll(ids);
			markersOfB.add(family);
			markersOfB.add(identifier);
		}
		return id;
	}

	/** Loads A and B and the plan's member list; returns A's token, got through a standalone launch. */
	String load() {
		familyB = "Bee" + tag;
		identifierB = "MB" + tag;
		patientA = beneficiary("Ay" + tag, "MA" + tag);
		patientB = beneficiary(familyB, identifierB);
		Binary binary = new Binary();
		binary.setContentType("text/plain");
		binary.setData(("note of " + familyB).getBytes(StandardCharsets.UTF_8));
		binary.setSecurityContext(new Reference(patientB));
		markersOfB.add(create(binary));
		Group members = new Group();
		members.setType(Group.GroupType.PERSON);
		members.setActual(true);
		members.addMember().setEntity(new Reference(patientA));
		members.addMember().setEntity(new Reference(patientB));
		markersOfB.add(create(members));

		String app = "leak-app-" + tag;
		smart.createPublicApp(app, List.of("launch/patient", "openid", "fhirUser", "patient/*.cruds"));
		smart.createUser("a-" + tag, "password-of-a-" + tag, List.of(patientA));
		JsonNode token = smart.standaloneLaunch(app, "launch/patient openid fhirUser patient/*.cruds",
				"a-" + tag, "password-of-a-" + tag, null);
		assertThat(token.get("patient").asText()).isEqualTo(patientA.substring(8));
		return token.get("access_token").asText();
	}

	private void probe(String what, HttpResponse<String> response) {
		requests++;
		// A search's own links repeat what was asked for; what was answered is the rest.
		String seen = withoutLinks(response.body()) + " " + response.headers().map();
		boolean success = response.statusCode() < 300;
		List<String> found = markersOfB.stream().filter(m -> List.of("\"", "/", "]", ",", "&", " ", "?", "<")
				.stream().anyMatch(end -> seen.contains(m + end))).toList();
		if (success && !found.isEmpty()) {
			leaks.add(what + " → " + response.statusCode() + " shows " + found);
		}
		if (response.statusCode() >= 500) {
			leaks.add(what + " → server error " + response.statusCode());
		}
	}

	private static String withoutLinks(String body) {
		try {
			JsonNode json = SmartFlows.read(body);
			if (json instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
				object.remove("link");
				return object.toString();
			}
			return body;
		} catch (RuntimeException notJson) {
			return body;
		}
	}

	private int total(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			return 0;
		}
		Bundle bundle = R4.newJsonParser().parseResource(Bundle.class, response.body());
		return bundle.hasTotal() ? bundle.getTotal() : bundle.getEntry().size();
	}

	private String versionOf(String reference) {
		HttpResponse<String> response = smart.get("/fhir/" + reference, system);
		return response.statusCode() == 200
				? R4.newJsonParser().parseResource(response.body()).getIdElement().getVersionIdPart() : "gone";
	}

	private int countOfB(String type, String parameter) {
		return total(smart.get("/fhir/" + type + "?" + parameter + "=" + patientB + "&_summary=count", system));
	}

	/** Runs every probe with A's token; returns the leaks found (empty when none). */
	List<String> run(String a) {
		// The probe sees B's data where it is visible: the system token's read shows it.
		probe("self-check", smart.get("/fhir/" + patientB, system));
		assertThat(leaks).as("the probe recognises B's data").hasSize(1);
		leaks.clear();
		requests = 0;
		String b = patientB;
		String bId = b.substring(8);
		for (String path : List.of(
				"/fhir/" + b, "/fhir/" + observationB, "/fhir/" + observationB + "/_history/1",
				"/fhir/" + b + "/_history", "/fhir/" + observationB + "/_history",
				"/fhir/Observation/_history", "/fhir/Patient/_history", "/fhir/_history",
				"/fhir/Observation", "/fhir/Observation?patient=" + b, "/fhir/Observation?subject=" + b,
				"/fhir/Observation?patient=" + bId, "/fhir/Observation?_id=" + observationB.substring(12),
				"/fhir/Observation?subject.family=" + familyB, "/fhir/Observation?subject:Patient.identifier=" + identifierB,
				"/fhir/Patient?_has:Observation:subject:status=final", "/fhir/Patient?_id=" + bId,
				"/fhir/Patient?identifier=" + identifierB, "/fhir/Patient?family=" + familyB,
				"/fhir/Patient?_revinclude=Observation:subject", "/fhir/Patient?_revinclude=Group:member",
				"/fhir/Observation?_include=Observation:subject", "/fhir/Coverage?beneficiary=" + b,
				"/fhir/Coverage?identifier=" + identifierB, "/fhir/RelatedPerson?patient=" + b,
				"/fhir/Encounter?_include=Encounter:subject&subject=" + b, "/fhir/CarePlan?subject=" + b,
				"/fhir/Patient/" + bId + "/$everything", "/fhir/Patient/$everything",
				"/fhir/Patient/" + bId + "/$moc-evaluate", "/fhir/$moc-evaluate", "/fhir/Patient/" + bId + "/$moc-gaps",
				"/fhir/$moc-gaps", "/fhir/$moc-evaluate-status?_jobId=" + bId, "/fhir/MeasureReport",
				"/fhir/Group", "/fhir/Group?member=" + patientA, "/fhir/Group?_summary=count",
				"/fhir/Binary", "/fhir/AuditEvent", "/fhir?_type=Observation", "/fhir/Subscription",
				"/fhir/Observation?_summary=count&patient=" + b, "/fhir/Observation?_count=1&_total=accurate",
				"/fhir/Patient/" + bId + "/$meta", "/fhir/Patient/" + bId + "/$validate", "/fhir/$graphql?query=%7BPatient%7Bid%7D%7D",
				"/fhir/Patient?_id=" + bId + "&_elements=name", "/fhir/Patient?_has:Coverage:beneficiary:identifier=" + identifierB,
				"/fhir/Observation?patient:Patient.name=" + familyB, "/fhir/Patient/" + bId + "/Observation",
				"/fhir/Observation?_id=" + observationB.substring(12) + "&_revinclude=Provenance:target",
				"/fhir/Observation?_count=1&_include:iterate=Observation:subject")) {
			probe("GET " + path, smart.get(path, a));
		}
		for (String marker : List.copyOf(markersOfB)) {
			if (marker.matches("[A-Za-z]+/.+")) {
				probe("GET " + marker, smart.get("/fhir/" + marker, a));
			}
		}
		// A's own $everything answers, although A is in a member Group (which R4 puts in A's compartment).
		HttpResponse<String> everything = smart.get("/fhir/" + patientA + "/$everything", a);
		requests++;
		if (everything.statusCode() != 200 || !everything.body().contains("finding Ay" + tag)) {
			leaks.add("A's own $everything did not answer A's record: " + everything.statusCode());
		}

		// Totals: A sees only A's own resources counted.
		assertThat(total(smart.get("/fhir/Observation?_summary=count", a)))
				.isEqualTo(total(smart.get("/fhir/Observation?_summary=count&subject=" + patientA, system)));

		// A paging link of someone else's search.
		Bundle page = R4.newJsonParser().parseResource(Bundle.class,
				smart.get("/fhir/Observation?_count=1&_sort=_id", system).body());
		if (page.getLink("next") != null) {
			probe("GET page link of another search", smart.get(page.getLink("next").getUrl(), a));
		}

		probe("POST _search", smart.send("POST", "/fhir/Observation/_search", null, a,
				Map.of("Content-Type", "application/x-www-form-urlencoded")));
		probe("POST _search patient=B", formPost("/fhir/Observation/_search", "patient=" + b, a));

		for (String type : List.of("batch", "transaction")) {
			String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"" + type + "\",\"entry\":["
					+ "{\"request\":{\"method\":\"GET\",\"url\":\"" + b + "\"}},"
					+ "{\"request\":{\"method\":\"GET\",\"url\":\"" + observationB + "\"}},"
					+ "{\"request\":{\"method\":\"GET\",\"url\":\"Observation?patient=" + b + "\"}},"
					+ "{\"request\":{\"method\":\"GET\",\"url\":\"Patient/" + bId + "/$everything\"}}]}";
			probe(type + " of reads", smart.send("POST", "/fhir", bundle, a, Map.of()));
		}

		int observationsOfB = countOfB("Observation", "subject");
		String versionOfB = versionOf(b);
		String versionOfObservation = versionOf(observationB);
		String foreignObservation = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"planted\"},"
				+ "\"subject\":{\"reference\":\"" + b + "\"}}";
		probe("asynchronous plan evaluation", smart.send("GET", "/fhir/$moc-evaluate", null, a,
				Map.of("Prefer", "respond-async")));
		probe("create in B's record", smart.send("POST", "/fhir/Observation", foreignObservation, a, Map.of()));
		probe("transaction create in B's record", smart.send("POST", "/fhir", "{\"resourceType\":\"Bundle\",\"type\":"
				+ "\"transaction\",\"entry\":[{\"resource\":" + foreignObservation
				+ ",\"request\":{\"method\":\"POST\",\"url\":\"Observation\"}}]}", a, Map.of()));
		probe("conditional create matching B", smart.send("POST", "/fhir/Patient",
				"{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Probe\"}]}", a,
				Map.of("If-None-Exist", "identifier=" + identifierB)));
		probe("conditional update matching B", smart.send("PUT", "/fhir/Patient?identifier=" + identifierB,
				"{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"https://plan.example.org/member\",\"value\":\""
						+ identifierB + "\"}],\"name\":[{\"family\":\"Overwritten\"}]}", a, Map.of()));
		probe("update of B's Observation", smart.send("PUT", "/fhir/" + observationB,
				"{\"resourceType\":\"Observation\",\"id\":\"" + observationB.substring(12) + "\",\"status\":\"final\","
						+ "\"code\":{\"text\":\"moved\"},\"subject\":{\"reference\":\"" + patientA + "\"}}", a, Map.of()));
		probe("patch of B's Observation", smart.send("PATCH", "/fhir/" + observationB,
				"[{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"cancelled\"}]", a,
				Map.of("Content-Type", "application/json-patch+json")));
		probe("delete of B's Observation", smart.send("DELETE", "/fhir/" + observationB, null, a, Map.of()));
		probe("conditional delete in B's record", smart.send("DELETE", "/fhir/Observation?subject=" + b, null, a, Map.of()));
		probe("subscription on B's data", smart.send("POST", "/fhir/Subscription", "{\"resourceType\":\"Subscription\","
				+ "\"status\":\"requested\",\"reason\":\"probe\",\"criteria\":\"Observation?patient=" + b + "\",\"channel\":"
				+ "{\"type\":\"rest-hook\",\"endpoint\":\"http://127.0.0.1:9/hook\",\"payload\":\"application/fhir+json\"}}",
				a, Map.of()));
		probe("audit event written by a client", smart.send("POST", "/fhir/AuditEvent", "{\"resourceType\":\"AuditEvent\","
				+ "\"type\":{\"code\":\"rest\"},\"recorded\":\"2026-01-01T00:00:00Z\",\"agent\":[{\"requestor\":true}],"
				+ "\"source\":{\"observer\":{\"display\":\"x\"}}}", a, Map.of()));

		requests += 1;
		if (countOfB("Observation", "subject") != observationsOfB) {
			leaks.add("B's Observations changed in number");
		}
		if (!versionOf(b).equals(versionOfB) || !versionOf(observationB).equals(versionOfObservation)) {
			leaks.add("B's resources were changed");
		}
		int subscriptions = total(smart.get("/fhir/Subscription?_summary=count", system));
		if (subscriptions > 0) {
			leaks.add("a Subscription was stored");
		}
		return leaks;
	}

	private HttpResponse<String> formPost(String path, String body, String token) {
		return smart.sendRaw("POST", path, body, "application/x-www-form-urlencoded", token);
	}

	int requests() {
		return requests;
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
