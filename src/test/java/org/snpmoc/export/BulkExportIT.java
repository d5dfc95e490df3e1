package org.snpmoc.export;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snpmoc.contract.MocCodes;
import org.snpmoc.support.SecureH2ServerTest;
import org.snpmoc.support.SmartFlows;

/** Bulk Data export end to end: kick-off, polling, NDJSON files, _since, the plan's member Group, access. */
class BulkExportIT extends SecureH2ServerTest {
	private static final FhirContext R4 = FhirContext.forR4Cached();
	private static final List<String> TYPES = List.of("Patient", "Coverage", "Observation", "Encounter");
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private String writer;
	private String reader;
	private String suffix;

	@BeforeEach
	void tokens() {
		writer = smart.systemToken("system/*.cruds");
		reader = smart.systemToken("system/*.rs");
		suffix = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void systemExportHasEveryLoadedResourceOnceAndRespectsSince() throws Exception {
		List<String> older = population("a", 3);
		Instant since = lastUpdated(older).plusMillis(500);
		Thread.sleep(1_200);
		List<String> newer = population("b", 2);

		Map<String, Integer> all = exported(kickOff("/fhir/$export?_type=" + String.join(",", TYPES), reader), reader);
		for (String id : concat(older, newer)) {
			assertThat(all.get(id)).as(id + " exported once").isEqualTo(1);
		}
		assertThat(all.values()).as("no resource exported twice").allMatch(n -> n == 1);
		assertThat(all.keySet()).allMatch(id -> TYPES.contains(id.substring(0, id.indexOf('/'))));

		Map<String, Integer> recent = exported(kickOff("/fhir/$export?_type=" + String.join(",", TYPES) + "&_since="
				+ URLEncoder.encode(since.toString(), StandardCharsets.UTF_8), reader), reader);
		assertThat(recent.keySet()).containsAll(newer).doesNotContainAnyElementsOf(older);
	}

	@Test
	void groupExportHasThePlansMembersOnly() throws Exception {
		List<String> enrolled = population("m", 2);
		String outsider = put(patient("outsider"));
		String outsiderObservation = put(observation(outsider));
		String lapsed = put(patient("lapsed"));
		Coverage ended = enrollment(lapsed);
		ended.getPeriod().getEndElement().setValueAsString("2025-06-30");
		put(ended);

		Map<String, Integer> exported = exported(
				kickOff("/fhir/Group/" + PlanMembersGroup.GROUP_ID + "/$export?_type=Patient,Observation", reader), reader);
		Group group = (Group) R4.newJsonParser().parseResource(
				smart.get("/fhir/Group/" + PlanMembersGroup.GROUP_ID, reader).body());
		Set<String> members = new HashSet<>();
		group.getMember().forEach(m -> members.add(m.getEntity().getReference()));
		assertThat(group.getActual()).isTrue();
		assertThat(group.getType()).isEqualTo(Group.GroupType.PERSON);

		List<String> enrolledPatients = enrolled.stream().filter(id -> id.startsWith("Patient/")).toList();
		assertThat(members).containsAll(enrolledPatients).doesNotContain(outsider, lapsed);
		Set<String> exportedPatients = new HashSet<>();
		exported.keySet().stream().filter(id -> id.startsWith("Patient/")).forEach(exportedPatients::add);
		assertThat(exportedPatients).isEqualTo(members);
		assertThat(exported.keySet()).containsAll(enrolled.stream()
				.filter(id -> id.startsWith("Patient/") || id.startsWith("Observation/")).toList())
				.doesNotContain(outsider, outsiderObservation, lapsed);
	}

	@Test
	void onlyStaffAndSystemTokensThatReadEverythingExport() throws Exception {
		List<String> loaded = population("s", 1);
		String member = loaded.get(0);
		smart.createUser("export-member-" + suffix, "export member password", List.of(member));
		smart.createPublicApp("export-app-" + suffix, List.of("launch/patient", "openid", "fhirUser", "patient/*.rs"));
		String patientToken = smart.standaloneLaunch("export-app-" + suffix, "launch/patient openid fhirUser patient/*.rs",
				"export-member-" + suffix, "export member password", null).get("access_token").asText();

		String status = kickOff("/fhir/$export?_type=Patient,Observation", reader);
		JsonNode manifest = finished(status, reader);
		String file = manifest.get("output").get(0).get("url").asText();

		assertThat(kickOffResponse("/fhir/$export?_type=Patient", patientToken).statusCode()).isEqualTo(403);
		assertThat(kickOffResponse("/fhir/Patient/$export?_type=Patient", patientToken).statusCode()).isEqualTo(403);
		assertThat(kickOffResponse("/fhir/" + member + "/$export?_type=Patient", patientToken).statusCode()).isEqualTo(403);
		assertThat(kickOffResponse("/fhir/Group/" + PlanMembersGroup.GROUP_ID + "/$export", patientToken).statusCode())
				.isEqualTo(403);
		assertThat(request(status, patientToken, "application/json").statusCode()).isEqualTo(403);
		assertThat(request(file, patientToken, "application/fhir+ndjson").statusCode()).isEqualTo(403);
		assertThat(request(file, null, "application/fhir+ndjson").statusCode()).isEqualTo(401);

		// A token that reads one type does not export, not even that type.
		String auditOnly = smart.systemToken("system/AuditEvent.rs");
		assertThat(kickOffResponse("/fhir/$export?_type=AuditEvent", auditOnly).statusCode()).isEqualTo(403);
		// The audit trail needs a scope naming it.
		assertThat(kickOffResponse("/fhir/$export?_type=AuditEvent", reader).statusCode()).isEqualTo(403);
		String auditor = smart.systemToken("system/*.rs system/AuditEvent.rs");
		assertThat(kickOffResponse("/fhir/$export?_type=AuditEvent", auditor).statusCode()).isEqualTo(202);
		assertThat(request(file, reader, "application/fhir+ndjson").statusCode()).isEqualTo(200);
	}

	@Test
	void kickOffWithoutTypeExportsWhatTheTokenReadsAndTypeFilterNarrows() throws Exception {
		List<String> loaded = population("t", 2);
		Map<String, Integer> all = exported(kickOff("/fhir/$export", reader), reader);
		assertThat(all.keySet()).containsAll(loaded);
		assertThat(all.keySet()).noneMatch(id -> id.startsWith("AuditEvent/"));

		String filter = URLEncoder.encode("Patient?identifier=urn:oid:2.16.840.1.113883.4.927|MBIXt0" + suffix,
				StandardCharsets.UTF_8);
		Map<String, Integer> one = exported(kickOff("/fhir/$export?_type=Patient&_typeFilter=" + filter, reader), reader);
		assertThat(one).containsOnlyKeys(loaded.get(0));

		HttpRequest.Builder synchronous = HttpRequest.newBuilder(URI.create(smart.root() + "/fhir/$export?_type=Patient"))
				.header("Accept", "application/fhir+json").header("Authorization", "Bearer " + reader).GET();
		assertThat(http.send(synchronous.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
	}

	// --- the population ---

	/** n enrolled beneficiaries, each with an enrollment, an Observation and an Encounter; their ids. */
	private List<String> population(String batch, int n) {
		String payor = put(new Organization().setName("Plan " + suffix).setId("bx-plan-" + suffix));
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String patient = put(patient(batch + i));
			ids.add(patient);
			Coverage coverage = enrollment(patient);
			coverage.setPayor(List.of(new Reference(payor)));
			ids.add(put(coverage));
			ids.add(put(observation(patient)));
			Encounter encounter = new Encounter().setStatus(Encounter.EncounterStatus.FINISHED)
					.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"))
					.setSubject(new Reference(patient));
			encounter.getPeriod().getStartElement().setValueAsString("2026-01-05");
			encounter.setId(id("enc"));
			ids.add(put(encounter));
		}
		return ids;
	}

	private Patient patient(String name) {
		Patient patient = new Patient();
		patient.setId(id("pt"));
		patient.addName().setFamily("Export" + name).addGiven("Bea");
		patient.addIdentifier().setSystem("urn:oid:2.16.840.1.113883.4.927").setValue("MBIX" + name + suffix);
		return patient;
	}

	private Coverage enrollment(String patient) {
		Coverage coverage = new Coverage().setStatus(Coverage.CoverageStatus.ACTIVE)
				.setType(new CodeableConcept(new Coding(MocCodes.CS_ARTIFACT, MocCodes.SNP_ENROLLMENT, "SNP enrollment")))
				.setBeneficiary(new Reference(patient));
		coverage.getMeta().addProfile(MocCodes.profile("moc-snp-enrollment"));
		coverage.addPayor(new Reference("Organization/bx-plan-" + suffix));
		coverage.getPeriod().getStartElement().setValueAsString("2025-01-01");
		coverage.setId(id("cov"));
		return coverage;
	}

	private Observation observation(String patient) {
		Observation observation = new Observation();
		observation.setId(id("obs"));
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.getCode().setText("weight of " + patient);
		observation.getSubject().setReference(patient);
		return observation;
	}

	private String id(String kind) {
		return "bx-" + kind + "-" + UUID.randomUUID().toString().substring(0, 13);
	}

	private String put(Resource resource) {
		String type = resource.fhirType();
		String path = "/fhir/" + type + "/" + resource.getIdElement().getIdPart();
		HttpResponse<String> response = smart.send("PUT", path, R4.newJsonParser().encodeResourceToString(resource),
				writer, Map.of());
		assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
		return type + "/" + resource.getIdElement().getIdPart();
	}

	private Instant lastUpdated(List<String> ids) {
		Instant latest = Instant.EPOCH;
		for (String id : ids) {
			Resource resource = (Resource) R4.newJsonParser().parseResource(smart.get("/fhir/" + id, writer).body());
			Instant at = resource.getMeta().getLastUpdated().toInstant();
			latest = at.isAfter(latest) ? at : latest;
		}
		return latest;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	// --- the Bulk Data protocol ---

	private HttpResponse<String> kickOffResponse(String path, String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(smart.root() + path))
				.header("Accept", "application/fhir+json").header("Prefer", "respond-async").GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Kicks off an export; the status URL. */
	private String kickOff(String path, String token) throws IOException, InterruptedException {
		HttpResponse<String> response = kickOffResponse(path, token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return response.headers().firstValue("Content-Location").orElseThrow();
	}

	private HttpResponse<String> request(String url, String token, String accept) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Polls until the export is complete (within 30 s); the manifest. */
	private JsonNode finished(String status, String token) throws IOException, InterruptedException {
		long started = System.nanoTime();
		while (true) {
			HttpResponse<String> response = request(status, token, "application/json");
			if (response.statusCode() == 200) {
				return SmartFlows.read(response.body());
			}
			assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("export time").isLessThan(Duration.ofSeconds(30));
			Thread.sleep(250);
		}
	}

	/** Waits for the export, downloads every file, parses every line; how often each resource id came. */
	private Map<String, Integer> exported(String status, String token) throws IOException, InterruptedException {
		JsonNode manifest = finished(status, token);
		assertThat(manifest.get("requiresAccessToken").asBoolean()).isTrue();
		assertThat(manifest.get("error")).isEmpty();
		IParser parser = R4.newJsonParser();
		Map<String, Integer> counts = new HashMap<>();
		for (JsonNode output : manifest.get("output")) {
			HttpResponse<String> file = request(output.get("url").asText(), token, "application/fhir+ndjson");
			assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
			for (String line : file.body().split("\n")) {
				if (line.isBlank()) {
					continue;
				}
				IBaseResource resource = parser.parseResource(line);
				assertThat(resource.fhirType()).isEqualTo(output.get("type").asText());
				counts.merge(resource.getIdElement().toUnqualifiedVersionless().getValue(), 1, Integer::sum);
			}
		}
		return counts;
	}
}
