package org.snpmoc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snpmoc.support.H2ServerTest;

/**
 * A corpus of careless and hostile requests, each of which must be refused with a 4xx and an OperationOutcome, store
 * nothing, quote nothing of the server's inside and carry the security headers. Requests go over a plain socket so
 * that malformed paths, headers and bodies reach the server as written.
 */
class HostileInputIT extends H2ServerTest {
	private static final Pattern LEAK = Pattern.compile(
			"java\\.|javax\\.|jakarta\\.|org\\.hibernate|org\\.springframework|org\\.h2|org\\.postgresql|ca\\.uhn\\.|"
					+ "[A-Za-z]Exception\\b|\\.java:|\\bSQL\\b|(?i:insert into|select \\S+ from|character varying|jdbc:|hfj_)|/tmp/|/home/|/work/");
	private static final String JSON = "application/fhir+json";
	private static final String MARK = "hostile" + UUID.randomUUID().toString().substring(0, 8);
	private static final List<String> COUNTED = List.of("Patient", "Observation", "Location", "Encounter", "Basic", "Bundle");

	private RawHttp http;

	record Hostile(String name, String method, String target, Map<String, String> headers, byte[] body, IntPredicate status) {}

	@BeforeEach
	void connectRaw() {
		http = new RawHttp(port);
	}

	@Test
	void everyHostileRequestIsRefusedWithAnOperationOutcomeAndStoresNothing() throws Exception {
		String patientId = MARK + "-p";
		assertThat(send("PUT", "/fhir/Patient/" + patientId, json(), patient(patientId, "")).status()).isIn(200, 201);
		Map<String, Integer> before = counts();
		List<Hostile> corpus = corpus(patientId);
		List<String> failures = new ArrayList<>();
		int[] serverErrors = {0};
		int[] leaks = {0};
		long started = System.nanoTime();
		assertTimeoutPreemptively(Duration.ofSeconds(150), () -> {
			for (Hostile hostile : corpus) {
				RawHttp.Response response = http.send(hostile.method(), hostile.target(), hostile.headers(), hostile.body());
				if (response.status() >= 500) {
					serverErrors[0]++;
				}
				if (LEAK.matcher(response.body()).find()) {
					leaks[0]++;
					failures.add(hostile.name() + ": body leaks the inside: " + abbreviate(response.body()));
				}
				String problem = problem(hostile, response);
				if (problem != null) {
					failures.add(hostile.name() + ": " + problem);
				}
			}
		});
		System.out.printf("hostile-input: %d requests, %d x 5xx, %d leaks (%.1f s)%n",
				corpus.size(), serverErrors[0], leaks[0], (System.nanoTime() - started) / 1e9);
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(500);
		assertThat(failures).as("requests not refused properly").isEmpty();
		assertThat(counts()).as("nothing stored").isEqualTo(before);
	}

	@Test
	void aBatchRefusesOnlyItsBadEntries() throws Exception {
		String good = entry("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"" + MARK + "-batch\"}]}", "POST", "Patient", null);
		String wrongType = entry("{\"resourceType\":\"Patient\"}", "POST", "Observation", null);
		String otherId = entry("{\"resourceType\":\"Patient\",\"id\":\"" + MARK + "-x\"}", "PUT", "Patient/" + MARK + "-y", null);
		RawHttp.Response response = send("POST", "/fhir", json(), bundle("batch", good, wrongType, otherId));

		assertThat(response.status()).isEqualTo(200);
		org.hl7.fhir.r4.model.Bundle answer = (org.hl7.fhir.r4.model.Bundle) FHIR.newJsonParser().parseResource(response.body());
		assertThat(answer.getEntry()).extracting(e -> e.getResponse().getStatus().substring(0, 3)).containsExactly("201", "400", "400");
		assertThat(send("GET", "/fhir/Patient/" + MARK + "-y", json(), null).status()).isEqualTo(404);
	}

	/** HAPI 8.8.0 answers a matched conditional create with the stored resource: only its Location may be told. */
	@Test
	void aMatchedConditionalCreateDoesNotDiscloseTheStoredResource() throws Exception {
		String identifier = MARK + "-mrn";
		String secret = "{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"urn:mrn\",\"value\":\"" + identifier
				+ "\"}],\"name\":[{\"family\":\"Secretfamily\"}]}";
		RawHttp.Response created = send("POST", "/fhir/Patient", json(), secret);
		assertThat(created.status()).isEqualTo(201);

		Map<String, String> conditional = new LinkedHashMap<>(json());
		conditional.put("If-None-Exist", "identifier=urn:mrn|" + identifier);
		conditional.put("Prefer", "return=representation");
		RawHttp.Response matched = send("POST", "/fhir/Patient", conditional,
				"{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"urn:mrn\",\"value\":\"" + identifier + "\"}]}");
		assertThat(matched.status()).isEqualTo(200);
		assertThat(matched.header("Location")).contains(created.header("Location").replaceAll(".*/Patient/([^/]+)/.*", "$1"));
		assertThat(matched.body()).contains("OperationOutcome").doesNotContain("Secretfamily");

		String tx = bundle("transaction", entry("{\"resourceType\":\"Patient\"}", "POST", "Patient", "identifier=urn:mrn|" + identifier));
		RawHttp.Response inTransaction = send("POST", "/fhir", conditional, tx);
		assertThat(inTransaction.status()).isEqualTo(200);
		assertThat(inTransaction.body()).contains("200 OK").doesNotContain("Secretfamily");
	}

	@Test
	void aGzipBodyWithinTheLimitIsAccepted() throws Exception {
		Map<String, String> gzipped = new LinkedHashMap<>(json());
		gzipped.put("Content-Encoding", "gzip");
		RawHttp.Response response = http.send("POST", "/fhir/Patient", gzipped, gzip(utf8(patient(MARK + "-gz", "").replace("\"id\":\"" + MARK + "-gz\",", ""))));
		assertThat(response.status()).isEqualTo(201);
	}

	@Test
	void searchesOverTheLimitsAreRefusedAtOnce() throws Exception {
		String names = IntStream.range(0, 250).mapToObj(i -> "name=n" + i).collect(Collectors.joining("&"));
		String sorts = "_sort=" + IntStream.range(0, 60).mapToObj(i -> i % 2 == 0 ? "_id" : "-_lastUpdated").collect(Collectors.joining(","));
		for (String form : List.of(names, sorts)) {
			long started = System.nanoTime();
			RawHttp.Response response = send("POST", "/fhir/Patient/_search",
					Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", JSON), form);
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.body()).contains("too-costly").contains("moc.server.");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		}
	}

	private static String problem(Hostile hostile, RawHttp.Response response) {
		if (!hostile.status().test(response.status())) {
			return "status " + response.status() + ": " + abbreviate(response.body());
		}
		for (String header : List.of("X-Content-Type-Options", "X-Frame-Options", "Content-Security-Policy", "Referrer-Policy")) {
			if (response.header(header) == null) {
				return "no " + header + " header";
			}
		}
		if (response.header("X-Powered-By") != null) {
			return "X-Powered-By present";
		}
		if (hostile.method().equals("HEAD")) {
			return null;
		}
		try {
			OperationOutcome outcome = (OperationOutcome) FHIR.newJsonParser().parseResource(response.body());
			if (!outcome.hasIssue() || !outcome.getIssueFirstRep().hasDiagnostics()) {
				return "OperationOutcome without a diagnostic";
			}
		} catch (RuntimeException e) {
			return "body is not an OperationOutcome in JSON: " + abbreviate(response.body());
		}
		return null;
	}

	private Map<String, Integer> counts() throws IOException {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String type : COUNTED) {
			String body = send("GET", "/fhir/" + type + "?_summary=count", Map.of("Accept", JSON), null).body();
			counts.put(type, Integer.parseInt(body.replaceAll("(?s).*\"total\"\\s*:\\s*(\\d+).*", "$1")));
		}
		return counts;
	}

	private RawHttp.Response send(String method, String target, Map<String, String> headers, String body) throws IOException {
		return http.send(method, target, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
	}

	// ---- the corpus ----

	private static List<Hostile> corpus(String patientId) throws IOException {
		List<Hostile> corpus = new ArrayList<>();
		badParameters(corpus, patientId);
		badBodies(corpus, patientId);
		badHeaders(corpus, patientId);
		pathTricks(corpus, patientId);
		badBundles(corpus, patientId);
		oversized(corpus);
		return corpus;
	}

	/** Every endpoint, standard and our own, with each malformed or excessive parameter. */
	private static void badParameters(List<Hostile> corpus, String patientId) {
		List<String> endpoints = List.of("/fhir/Patient", "/fhir/Observation", "/fhir/Encounter", "/fhir/CarePlan",
				"/fhir/Task", "/fhir/Coverage", "/fhir/QuestionnaireResponse", "/fhir/Location", "/fhir/_history",
				"/fhir/Patient/_history", "/fhir/Patient/" + patientId + "/_history", "/fhir/Patient/" + patientId + "/$everything",
				"/fhir/$moc-gaps", "/fhir/Patient/" + patientId + "/$moc-gaps", "/fhir/$moc-evaluate",
				"/fhir/Patient/" + patientId + "/$moc-evaluate");
		String manyNames = IntStream.range(0, 250).mapToObj(i -> "name=n" + i).collect(Collectors.joining("&"));
		String manySorts = "_sort=" + IntStream.range(0, 60).mapToObj(i -> i % 2 == 0 ? "_id" : "-_lastUpdated").collect(Collectors.joining(","));
		String manyValues = "_id=" + IntStream.range(0, 150).mapToObj(i -> "v" + i).collect(Collectors.joining(","));
		String manyIncludes = IntStream.range(0, 12).mapToObj(i -> "_include=Patient:general-practitioner").collect(Collectors.joining("&"));
		String iterating = IntStream.range(0, 3).mapToObj(i -> "_include:iterate=Patient:link").collect(Collectors.joining("&"));
		List<String> queries = List.of("_count=abc", "_count=1.5", "_count=-1", "_count=2147483648", "_count=99999999999999999999",
				"_count=1&_count=2", "_count=100000", "_offset=-1", "_offset=abc", "_offset=2147483648", "_offset=1&_offset=2",
				"asOf=2026-01-01&asOf=2026-02-02", "_sort=_id&_sort=_id", "_summary=count&_summary=true", "x=%zz", "name=%zz",
				"name=%", "name=%4", "_getpagesoffset=-5", manyNames, manySorts, manyValues, manyIncludes, iterating);
		for (String endpoint : endpoints) {
			for (String query : queries) {
				corpus.add(get("param " + endpoint + "?" + abbreviate(query), endpoint + "?" + query));
			}
		}
		for (String endpoint : List.of("/fhir/$moc-gaps", "/fhir/Patient/" + patientId + "/$moc-gaps", "/fhir/$moc-evaluate",
				"/fhir/Patient/" + patientId + "/$moc-evaluate")) {
			for (String asOf : List.of("garbage", "2026-02-30", "2026-13-01", "20260101", "-1", "99999-01-01", "2026-01-01T00:00:00Z")) {
				corpus.add(get("asOf " + endpoint + " " + asOf, endpoint + "?asOf=" + asOf));
			}
		}
		corpus.add(form("250 name= criteria in a POST _search", "/fhir/Patient/_search", manyNames));
		corpus.add(form("60 sort keys in a POST _search", "/fhir/Patient/_search", manySorts));
		corpus.add(form("repeated _count in a POST _search", "/fhir/Patient/_search", "_count=1&_count=2"));
		for (String near : List.of("abc", "1e400|1|1|km", "|||", "1|2|3|4|5", "a|b", "1|b|3|km", "NaN|NaN")) {
			corpus.add(get("near=" + near, "/fhir/Location?near=" + near.replace("|", "%7C")));
		}
		for (String search : List.of("birthdate=2020-13-45", "birthdate=yesterday", "_lastUpdated=garbage",
				"_sort=bogus", "_include=bogus", "identifier:above=x", "_has=x", "_has:Observation=x",
				"general-practitioner.bogus=x", "_lastUpdated=gt2020-13-01", "birthdate=ge", "_total=1&_total=2",
				"_elements=id&_elements=name", "_format=json&_format=xml", "_pretty=true&_pretty=false")) {
			corpus.add(get("search " + search, "/fhir/Patient?" + search));
		}
	}

	/** Bodies that are not JSON, not FHIR, of the wrong type, or with values no database should get. */
	private static void badBodies(List<Hostile> corpus, String patientId) {
		String deep = "[".repeat(5000) + "]".repeat(5000);
		List<String> patients = List.of(
				"", "{", "{\"resourceType\":\"Patient\",", "not json", "[]", "42", "null", "\"Patient\"", "{}",
				"{\"resourceType\":\"Spaceship\"}", "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"}}",
				"{\"resourceType\":\"Patient\",\"multipleBirthInteger\":2147483648}",
				"{\"resourceType\":\"Patient\",\"multipleBirthInteger\":\"two\"}",
				"{\"resourceType\":\"Patient\",\"multipleBirthInteger\":1.5}",
				"{\"resourceType\":\"Patient\",\"multipleBirthInteger\":99999999999999999999999}",
				"{\"resourceType\":\"Patient\",\"birthDate\":\"yesterday\"}",
				"{\"resourceType\":\"Patient\",\"birthDate\":\"2020-13-45\"}",
				"{\"resourceType\":\"Patient\",\"active\":\"yes\"}",
				"{\"resourceType\":\"Patient\",\"deceasedDateTime\":\"never\"}",
				"{\"resourceType\":\"Patient\",\"meta\":{\"lastUpdated\":\"yesterday\"}}",
				"{\"resourceType\":\"Patient\",\"meta\":{\"versionId\":\"x\",\"lastUpdated\":\"2026-99-99T00:00:00Z\"}}",
				"{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"\\ud800\"}]}",
				"{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"\\udc00x\"}]}",
				"{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"nul\\u0000\"}]}",
				"{\"resourceType\":\"Patient\",\"gender\":\"robot\"}",
				"{\"resourceType\":\"Patient\",\"extension\":[{\"url\":\"x\",\"valueInteger\":\"NaN\"}]}",
				"{\"resourceType\":\"Patient\",\"contained\":[{\"resourceType\":\"Patient\",\"birthDate\":\"soon\"}]}",
				"{\"resourceType\":\"Patient\",\"id\":\"" + "a".repeat(70) + "\"}",
				"{\"resourceType\":\"Patient\",\"id\":\"bad id!\"}",
				deep, "{\"resourceType\":\"Patient\",\"name\":" + deep + "}");
		for (int i = 0; i < patients.size(); i++) {
			String body = patients.get(i);
			corpus.add(new Hostile("POST Patient body #" + i, "POST", "/fhir/Patient", json(), utf8(body), HostileInputIT::clientError));
			corpus.add(new Hostile("PUT Patient body #" + i, "PUT", "/fhir/Patient/" + MARK + "-put" + i, json(), utf8(body), HostileInputIT::clientError));
		}
		List<String> observations = List.of(
				"{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},\"valueQuantity\":{\"value\":1e400}}",
				"{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},\"valueQuantity\":{\"value\":-1e400}}",
				"{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},\"valueQuantity\":{\"value\":1e20}}",
				"{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},\"valueQuantity\":{\"value\":\"abc\"}}",
				"{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},\"valueInteger\":2147483648}",
				"{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},\"effectiveDateTime\":\"yesterday\"}",
				"{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},\"valueString\":\"\\ud800\"}",
				"{\"resourceType\":\"Observation\",\"status\":\"bogus\",\"code\":{\"text\":\"x\"}}",
				"{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},\"issued\":\"2026-01-01\"}",
				"{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},\"valueRange\":{\"low\":{\"value\":1e999}}}");
		for (int i = 0; i < observations.size(); i++) {
			corpus.add(new Hostile("POST Observation body #" + i, "POST", "/fhir/Observation", json(), utf8(observations.get(i)), HostileInputIT::clientError));
			corpus.add(new Hostile("PUT Observation body #" + i, "PUT", "/fhir/Observation/" + MARK + "-o" + i, json(), utf8(observations.get(i)), HostileInputIT::clientError));
		}
		Map<String, String> xml = Map.of("Content-Type", "application/fhir+xml", "Accept", JSON);
		List<String> xmls = List.of("<Patient xmlns=\"http://hl7.org/fhir\"><name>",
				"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"&e;\"/></name></Patient>",
				"<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"&d;\"/></name></Patient>",
				"<Patient><name><family value=\"no namespace\"/></name></Patient>",
				"<Patient xmlns=\"http://hl7.org/fhir\"><multipleBirthInteger value=\"two\"/></Patient>",
				"<Patient xmlns=\"http://hl7.org/fhir\"><birthDate value=\"yesterday\"/></Patient>",
				"<Observation xmlns=\"http://hl7.org/fhir\"><status value=\"final\"/></Observation>", "not xml", "");
		for (int i = 0; i < xmls.size(); i++) {
			corpus.add(new Hostile("POST Patient XML #" + i, "POST", "/fhir/Patient", xml, utf8(xmls.get(i)), HostileInputIT::clientError));
		}
		corpus.add(new Hostile("POST base with an empty body", "POST", "/fhir", json(), new byte[0], HostileInputIT::clientError));
		corpus.add(new Hostile("POST base with a Patient", "POST", "/fhir", json(), utf8(patient(MARK + "-base", "")), HostileInputIT::clientError));
		corpus.add(new Hostile("PUT id differs from the URL", "PUT", "/fhir/Patient/" + MARK + "-a", json(), utf8(patient(MARK + "-b", "")), HostileInputIT::clientError));
		corpus.add(new Hostile("PUT without an id in the URL", "PUT", "/fhir/Patient", json(), utf8(patient(MARK + "-c", "")), HostileInputIT::clientError));
		corpus.add(new Hostile("PATCH with garbage", "PATCH", "/fhir/Patient/" + patientId, Map.of("Content-Type", "application/json-patch+json"), utf8("[{\"op\":\"explode\"}]"), HostileInputIT::clientError));
		corpus.add(new Hostile("PATCH not JSON", "PATCH", "/fhir/Patient/" + patientId, Map.of("Content-Type", "application/json-patch+json"), utf8("{"), HostileInputIT::clientError));
		corpus.add(new Hostile("$validate with garbage", "POST", "/fhir/Patient/$validate", json(), utf8("{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"resource\",\"valueString\":\"x\"}]}"), HostileInputIT::clientError));
		corpus.add(new Hostile("$moc-gaps with a bad Parameters body", "POST", "/fhir/$moc-gaps", json(), utf8("{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"_count\",\"valueInteger\":\"abc\"}]}"), HostileInputIT::clientError));
		corpus.add(new Hostile("$moc-evaluate with a bad Parameters body", "POST", "/fhir/$moc-evaluate", json(), utf8("{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"asOf\",\"valueDate\":\"garbage\"}]}"), HostileInputIT::clientError));
	}

	/** Conditional headers that are not ETags or dates, media types FHIR does not read, partition selectors. */
	private static void badHeaders(List<Hostile> corpus, String patientId) throws IOException {
		String read = "/fhir/Patient/" + patientId;
		byte[] body = utf8(patient(patientId, ""));
		for (String etag : List.of("garbage", "W/\"abc\"", "\"-1\"", "W/\"99999999999999999999\"", "W/", "\"\"")) {
			corpus.add(new Hostile("If-Match " + etag, "PUT", read, headers(JSON, "If-Match", etag), body, HostileInputIT::clientError));
			corpus.add(new Hostile("If-None-Match " + etag, "GET", read, headers(null, "If-None-Match", etag), null, HostileInputIT::clientError));
		}
		for (String date : List.of("garbage", "2026-01-01", "Tue, 99 Dec 2026 10:00:00 GMT", "0", "")) {
			corpus.add(new Hostile("If-Modified-Since " + date, "GET", read, headers(null, "If-Modified-Since", date), null, HostileInputIT::clientError));
			corpus.add(new Hostile("If-Unmodified-Since " + date, "PUT", read, headers(JSON, "If-Unmodified-Since", date), body, HostileInputIT::clientError));
		}
		for (String type : List.of(";;;", "text/csv", "application/octet-stream", "multipart/form-data; boundary=x", "text/html",
				"image/png", ";charset=utf-8", "a/b/c")) {
			corpus.add(new Hostile("Content-Type " + type, "POST", "/fhir/Patient", Map.of("Content-Type", type, "Accept", JSON), body, HostileInputIT::clientError));
		}
		for (String partition : List.of("X-Request-Partition-IDs", "X-Request-Tenant", "X-Tenant-ID")) {
			corpus.add(new Hostile("partition header " + partition + " on a create", "POST", "/fhir/Patient", headers(JSON, partition, "OTHER"), body, HostileInputIT::clientError));
			corpus.add(new Hostile("partition header " + partition + " on a read", "GET", read, headers(null, partition, "1"), null, HostileInputIT::clientError));
		}
		String criteria = IntStream.range(0, 40).mapToObj(i -> "name=n" + i).collect(Collectors.joining("&"));
		corpus.add(new Hostile("If-None-Exist with 40 criteria", "POST", "/fhir/Patient", headers(JSON, "If-None-Exist", "Patient?" + criteria), body, HostileInputIT::clientError));
		corpus.add(new Hostile("If-None-Exist with a bad escape", "POST", "/fhir/Patient", headers(JSON, "If-None-Exist", "Patient?name=%zz"), body, HostileInputIT::clientError));
		for (String coding : List.of("deflate", "br", "compress", "gzip, gzip", "x-bogus")) {
			corpus.add(new Hostile("Content-Encoding " + coding, "POST", "/fhir/Patient", headers(JSON, "Content-Encoding", coding), body, HostileInputIT::clientError));
		}
		corpus.add(new Hostile("Content-Encoding gzip that is not gzip", "POST", "/fhir/Patient", headers(JSON, "Content-Encoding", "gzip"), body, HostileInputIT::clientError));
		corpus.add(new Hostile("gzip of a malformed body", "POST", "/fhir/Patient", headers(JSON, "Content-Encoding", "gzip"), gzip(utf8("{\"resourceType\":")), HostileInputIT::clientError));
	}

	/** Paths the servlet container refuses, unknown types and operations, ids and versions out of range. */
	private static void pathTricks(List<Hostile> corpus, String patientId) {
		IntPredicate any4xx = HostileInputIT::clientError;
		List<String> paths = List.of("/fhir/Patient/a%2Fb", "/fhir/Patient/a%00b", "/fhir/Patient/%2e%2e/%2e%2e/actuator/env",
				"/fhir/Patient/a%5Cb", "/fhir/Patient/%ff", "/fhir/Patient/%C0%AE", "/fhir/Patient/%", "/fhir/Patient/%zz",
				"/fhir/Spaceship/1", "/fhir/Spaceship", "/fhir/Patient/$no-such-operation", "/fhir/$no-such-operation",
				"/fhir/Patient/" + "a".repeat(65), "/fhir/Patient/" + "a".repeat(300), "/fhir/Patient/bad!id",
				"/fhir/Patient/" + patientId + "/_history/99999999999999999999", "/fhir/Patient/" + patientId + "/_history/abc",
				"/fhir/Patient/" + patientId + "/_history/0", "/fhir/Patient/" + patientId + "/_history/-1",
				"/fhir/Patient/no-such-" + MARK, "/fhir/Patient/no-such-" + MARK + "/$everything",
				"/fhir/Patient/no-such-" + MARK + "/$moc-evaluate", "/fhir/Patient/no-such-" + MARK + "/$moc-gaps",
				"/nothing-here", "/actuator/env", "/actuator/heapdump", "/fhir/Patient?name=" + "a".repeat(70_000),
				"/%2e%2e/etc/passwd", "/fhir/Patient/a b", "/apps/%2e%2e/fhir/metadata", "/apps/%2E%2E/actuator/env");
		for (String path : paths) {
			corpus.add(new Hostile("path " + abbreviate(path), "GET", path, Map.of("Accept", JSON), null, any4xx));
		}
		corpus.add(new Hostile("header of 20 kB", "GET", "/fhir/Patient/" + patientId, Map.of("X-Padding", "p".repeat(20_000)), null, any4xx));
		corpus.add(new Hostile("method FOO", "FOO", "/fhir/Patient", Map.of("Accept", JSON), null, any4xx));
		corpus.add(new Hostile("method TRACE", "TRACE", "/fhir/Patient", Map.of("Accept", JSON), null, any4xx));
		corpus.add(new Hostile("DELETE the base", "DELETE", "/fhir", Map.of("Accept", JSON), null, any4xx));
		corpus.add(new Hostile("PUT the base", "PUT", "/fhir", json(), utf8("{}"), any4xx));
		corpus.add(new Hostile("DELETE metadata", "DELETE", "/fhir/metadata", Map.of("Accept", JSON), null, any4xx));
		corpus.add(new Hostile("POST to an instance", "POST", "/fhir/Patient/" + patientId, json(), utf8(patient(patientId, "")), any4xx));
	}

	/** Bundles that break FHIR's rules for transactions, or are no transaction at all. */
	private static void badBundles(List<Hostile> corpus, String patientId) {
		String p1 = "{\"resourceType\":\"Patient\",\"id\":\"" + MARK + "-t1\"}";
		String put1 = entry(p1, "PUT", "Patient/" + MARK + "-t1", null);
		String post = entry("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"" + MARK + "\"}]}", "POST", "Patient", null);
		Map<String, String> bundles = new LinkedHashMap<>();
		for (String type : List.of("bogus", "collection", "searchset", "history", "document", "message", "transaction-response", "", "TRANSACTION")) {
			bundles.put("Bundle.type " + type, bundle(type, put1, post));
		}
		bundles.put("no Bundle.type", "{\"resourceType\":\"Bundle\",\"entry\":[" + put1 + "]}");
		bundles.put("two PUTs of one id", bundle("transaction", put1, entry("{\"resourceType\":\"Patient\",\"id\":\"" + MARK + "-t1\",\"active\":true}", "PUT", "Patient/" + MARK + "-t1", null)));
		bundles.put("two PUTs of one id without body ids", bundle("transaction", entry("{\"resourceType\":\"Patient\"}", "PUT", "Patient/" + MARK + "-t2", null),
				entry("{\"resourceType\":\"Patient\",\"active\":true}", "PUT", "Patient/" + MARK + "-t2", null)));
		bundles.put("PUT and DELETE of one id", bundle("transaction", put1, "{\"request\":{\"method\":\"DELETE\",\"url\":\"Patient/" + MARK + "-t1\"}}"));
		bundles.put("two conditional PUTs of one URL", bundle("transaction",
				entry("{\"resourceType\":\"Patient\"}", "PUT", "Patient?identifier=urn:x|" + MARK, null),
				entry("{\"resourceType\":\"Patient\",\"active\":true}", "PUT", "Patient?identifier=urn:x|" + MARK, null)));
		bundles.put("two conditional creates of one criterion", bundle("transaction",
				entry("{\"resourceType\":\"Patient\"}", "POST", "Patient", "identifier=urn:x|" + MARK),
				entry("{\"resourceType\":\"Patient\",\"active\":true}", "POST", "Patient", "identifier=urn:x|" + MARK)));
		bundles.put("conditional PUT resolving to a PUT's id", bundle("transaction",
				entry("{\"resourceType\":\"Patient\",\"id\":\"" + patientId + "\"}", "PUT", "Patient/" + patientId, null),
				entry("{\"resourceType\":\"Patient\",\"active\":true}", "PUT", "Patient?_id=" + patientId, null), post));
		bundles.put("PUT body id differs from URL", bundle("transaction", entry(p1, "PUT", "Patient/" + MARK + "-other", null)));
		bundles.put("Patient in an Observation entry", bundle("transaction", entry("{\"resourceType\":\"Patient\"}", "POST", "Observation", null)));
		bundles.put("Patient PUT to an Observation URL", bundle("transaction", entry(p1, "PUT", "Observation/" + MARK + "-t1", null)));
		bundles.put("absolute URL of another type", bundle("transaction", entry(p1, "PUT", "http://127.0.0.1/fhir/Observation/" + MARK + "-t1", null)));
		bundles.put("entry without request", bundle("transaction", "{\"resource\":" + p1 + "}"));
		bundles.put("entry without method", bundle("transaction", "{\"resource\":" + p1 + ",\"request\":{\"url\":\"Patient/" + MARK + "-t1\"}}"));
		bundles.put("entry with a bogus method", bundle("transaction", "{\"resource\":" + p1 + ",\"request\":{\"method\":\"FLY\",\"url\":\"Patient/" + MARK + "-t1\"}}"));
		bundles.put("entry selecting a partition", bundle("transaction", "{\"resource\":" + p1 + ",\"request\":{\"extension\":[{\"url\":\"http://hapifhir.io/fhir/ns/StructureDefinition/request-partition-ids\",\"valueString\":\"2\"}],\"method\":\"PUT\",\"url\":\"Patient/" + MARK + "-t1\"}}"));
		String many = IntStream.range(0, 40).mapToObj(i -> "name=n" + i).collect(Collectors.joining("&"));
		bundles.put("GET entry with 40 criteria", bundle("transaction", put1, "{\"request\":{\"method\":\"GET\",\"url\":\"Patient?" + many + "\"}}"));
		bundles.put("conditional create with 40 criteria", bundle("transaction", entry("{\"resourceType\":\"Patient\"}", "POST", "Patient", many)));
		bundles.put("entry with an invalid value", bundle("transaction", post, entry("{\"resourceType\":\"Patient\",\"multipleBirthInteger\":\"two\"}", "POST", "Patient", null)));
		bundles.put("entry with a lone surrogate", bundle("transaction", post, entry("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"\\ud800\"}]}", "POST", "Patient", null)));
		bundles.put("entry with a decimal of 1e400", bundle("transaction", post, entry("{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},\"valueQuantity\":{\"value\":1e400}}", "POST", "Observation", null)));
		bundles.put("entry with lastUpdated yesterday", bundle("transaction", post, entry("{\"resourceType\":\"Patient\",\"meta\":{\"lastUpdated\":\"yesterday\"}}", "POST", "Patient", null)));
		bundles.put("a Bundle inside a transaction entry", bundle("transaction", post, entry("{\"resourceType\":\"Bundle\",\"type\":\"bogus\"}", "POST", "Bundle", null)));
		bundles.forEach((name, json) -> {
			corpus.add(new Hostile("bundle: " + name, "POST", "/fhir", json(), utf8(json), HostileInputIT::clientError));
			corpus.add(new Hostile("bundle: " + name + " (with a base path /fhir/)", "POST", "/fhir/", json(), utf8(json), HostileInputIT::clientError));
		});
	}

	/** More than moc.server.max-request-size (2 MB in the tests), declared, chunked, or hidden in gzip. */
	private static void oversized(List<Hostile> corpus) throws IOException {
		byte[] big = utf8("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"" + MARK + "\",\"text\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}]}");
		corpus.add(new Hostile("3 MB body", "POST", "/fhir/Patient", json(), big, s -> s == 413));
		Map<String, String> chunked = new LinkedHashMap<>(json());
		chunked.put("Transfer-Encoding", "chunked");
		corpus.add(new Hostile("3 MB chunked body", "POST", "/fhir/Patient", chunked, chunk(big), s -> s == 413));
		Map<String, String> gzipped = new LinkedHashMap<>(json());
		gzipped.put("Content-Encoding", "gzip");
		byte[] bomb = gzip(new byte[64 * 1024 * 1024]);
		corpus.add(new Hostile("gzip bomb (" + bomb.length / 1024 + " kB inflating to 64 MB)", "POST", "/fhir/Patient", gzipped, bomb, s -> s == 413));
		corpus.add(new Hostile("gzip bomb to the base", "POST", "/fhir", gzipped, bomb, s -> s == 413));
		corpus.add(new Hostile("gzip of 3 MB of FHIR", "POST", "/fhir/Patient", gzipped, gzip(big), s -> s == 413));
	}

	// ---- helpers ----

	private static boolean clientError(int status) {
		return status >= 400 && status < 500;
	}

	private static Hostile get(String name, String target) {
		return new Hostile(name, "GET", target, Map.of("Accept", JSON), null, HostileInputIT::clientError);
	}

	private static Hostile form(String name, String target, String form) {
		return new Hostile(name, "POST", target, Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", JSON),
				utf8(form), HostileInputIT::clientError);
	}

	private static Map<String, String> json() {
		return Map.of("Content-Type", JSON, "Accept", JSON);
	}

	private static Map<String, String> headers(String contentType, String name, String value) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept", JSON);
		if (contentType != null) {
			headers.put("Content-Type", contentType);
		}
		headers.put(name, value);
		return headers;
	}

	private static String patient(String id, String extra) {
		return "{\"resourceType\":\"Patient\",\"id\":\"" + id + "\",\"name\":[{\"family\":\"" + MARK + "\"}]" + extra + "}";
	}

	private static String entry(String resource, String method, String url, String ifNoneExist) {
		return "{\"resource\":" + resource + ",\"request\":{\"method\":\"" + method + "\",\"url\":\"" + url + "\""
				+ (ifNoneExist == null ? "" : ",\"ifNoneExist\":\"" + ifNoneExist + "\"") + "}}";
	}

	private static String bundle(String type, String... entries) {
		return "{\"resourceType\":\"Bundle\",\"type\":\"" + type + "\",\"entry\":[" + String.join(",", entries) + "]}";
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] gzip(byte[] data) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(data);
		}
		return out.toByteArray();
	}

	private static byte[] chunk(byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int at = 0; at < data.length; at += 65536) {
			int size = Math.min(65536, data.length - at);
			out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.write(data, at, size);
			out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
		}
		out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
		return out.toByteArray();
	}

	private static String abbreviate(String text) {
		String flat = text.replaceAll("\\s+", " ");
		return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
	}
}
