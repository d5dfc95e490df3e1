package org.snpmoc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.snpmoc.smart.SmartClient;

/**
 * The cost of access control on reads: {@code GET Patient/{id}} and {@code GET Patient/{id}/$moc-evaluate} on two
 * servers holding the same records and settings, one open ({@code moc.security.enabled=false}, no audit trail),
 * one with access control on (token validation, scope enforcement, the audit trail). On the second, each request
 * is sent once with the patient's own token (from a standalone launch: login, authorization code + PKCE) and once
 * with a system token ({@code system/*.rs}). One client, one request at a time, the variants interleaved so that
 * load on the machine falls on all of them alike.
 */
final class AccessCost {
	/** The issue's target: access control adds at most this much to the p50. */
	static final double TARGET_MS = 2;
	static final String OPEN = "security off";
	static final String PATIENT = "security on, patient token (standalone launch)";
	static final String SYSTEM = "security on, system token (system/*.rs)";
	private static final String APP = "moc-bench-app";
	private static final String PATIENT_SCOPES = "launch/patient openid fhirUser patient/*.rs";
	private static final String PASSWORD = "bench-password-0123456789";

	/** The figures and what the audit trail did meanwhile. */
	record Result(LatencyTable table, List<String> notes) {}

	private record Request(String label, String pathFormat) {}

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
	private final String openBase;
	private final String secureBase;
	private final SmartClient smart;
	private final List<Request> requests;

	AccessCost(String openBase, String secureBase, SmartClient smart, LocalDate asOf) {
		this.openBase = openBase;
		this.secureBase = secureBase;
		this.smart = smart;
		this.requests = List.of(new Request("GET Patient/{id}", "/Patient/%s"),
				new Request("GET Patient/{id}/$moc-evaluate", "/Patient/%s/$moc-evaluate?asOf=" + asOf));
	}

	/**
	 * {@code samples} patients drawn at random (fixed seed) from {@code loaded}, each request under each variant once
	 * per sample, after a warm-up of {@code min(50, samples)} of the same.
	 */
	Result measure(BenchServer secure, List<String> loaded, int samples, long seed) {
		List<String> shuffled = new ArrayList<>(loaded);
		Collections.shuffle(shuffled, new Random(seed));
		List<String> drawn = new ArrayList<>();
		for (int i = 0; i < samples; i++) {
			drawn.add(shuffled.get(i % shuffled.size()));
		}
		int warmUp = Math.min(50, samples);
		List<String> notes = new ArrayList<>();

		long started = System.nanoTime();
		smart.createPublicApp(APP, List.of(PATIENT_SCOPES.split(" ")));
		Map<String, String> patientTokens = new LinkedHashMap<>();
		for (String patient : new LinkedHashSet<>(drawn)) {
			patientTokens.put(patient, launch(patient));
		}
		double launchSeconds = (System.nanoTime() - started) / 1e9;
		String systemToken = smart.systemToken("system/*.rs");
		notes.add(String.format("Patient tokens: %d standalone launches (login registered through /admin/users, /oauth2/authorize,"
				+ " /login form, code + PKCE exchange), %.0f ms each on average.", patientTokens.size(),
				1000 * launchSeconds / patientTokens.size()));
		System.err.printf("   %d patient tokens from standalone launches in %.1f s%n", patientTokens.size(), launchSeconds);

		secure.awaitAuditTrail();
		JsonNode before = auditCounters();
		double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		long measuring = System.nanoTime();
		Map<String, Map<String, List<Long>>> nanos = new LinkedHashMap<>();
		for (Request r : requests) {
			Map<String, List<Long>> variants = new LinkedHashMap<>();
			for (String v : List.of(OPEN, PATIENT, SYSTEM)) {
				variants.put(v, new ArrayList<>());
			}
			nanos.put(r.label(), variants);
		}
		List<String> variantOrder = List.of(OPEN, PATIENT, SYSTEM);
		int secureRequests = 0;
		for (int i = 0; i < warmUp + samples; i++) {
			String patient = drawn.get(i % drawn.size());
			boolean measured = i >= warmUp;
			for (Request r : requests) {
				String path = String.format(r.pathFormat(), patient);
				for (int k = 0; k < variantOrder.size(); k++) {
					String variant = variantOrder.get((i + k) % variantOrder.size());
					String token = switch (variant) {
						case PATIENT -> patientTokens.get(patient);
						case SYSTEM -> systemToken;
						default -> null;
					};
					long took = timedGet((token == null ? openBase : secureBase) + path, token);
					if (token != null) {
						secureRequests++;
					}
					if (measured) {
						nanos.get(r.label()).get(variant).add(took);
					}
				}
			}
			if (measured && (i - warmUp + 1) % 50 == 0) {
				System.err.printf("\r   %d/%d samples", i - warmUp + 1, samples);
			}
		}
		System.err.println();
		notes.add(String.format("Machine load average (1 min): %.2f before the requests, %.2f after; %.0f s of requests.",
				loadBefore, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				(System.nanoTime() - measuring) / 1e9));

		double drained = secure.awaitAuditTrail();
		JsonNode after = auditCounters();
		long written = after.path("written").asLong() - before.path("written").asLong();
		notes.add(String.format("Audit trail of the server with access control on: %d AuditEvents written for the %d requests sent to it"
				+ " (warm-up included), the last written %.2f s after the last response; dropped %d, failed %d, pending %d"
				+ " (/actuator/health component audit, read with a moc.admin token; since start: %d written).",
				written, secureRequests, drained, after.path("dropped").asLong(), after.path("failed").asLong(),
				after.path("pending").asLong(), after.path("written").asLong()));

		LatencyTable table = new LatencyTable(TARGET_MS);
		nanos.forEach((request, variants) -> variants.forEach((variant, values) -> table.add(request, variant, values)));
		return new Result(table, notes);
	}

	/** A login for the patient, then a standalone launch of the bench app signing in with it: the access token. */
	private String launch(String patient) {
		String username = "bench-" + patient;
		smart.createUser(username, PASSWORD, List.of("Patient/" + patient));
		JsonNode token = smart.standaloneLaunch(APP, PATIENT_SCOPES, username, PASSWORD, null);
		if (!patient.equals(token.path("patient").asText())) {
			throw new IllegalStateException("launch for " + patient + " gave patient context " + token.path("patient"));
		}
		return token.get("access_token").asText();
	}

	/** The {@code audit} component of {@code /actuator/health}; its details need a {@code moc.admin} token. */
	private JsonNode auditCounters() {
		HttpResponse<String> response = get(smart.root() + "/actuator/health", smart.adminToken(), "application/json");
		JsonNode details = SmartClient.read(response.body()).path("components").path("audit").path("details");
		if (details.isMissingNode()) {
			throw new IllegalStateException("no audit details in /actuator/health: " + response.body());
		}
		return details;
	}

	/** One GET, which must answer 200: its time in nanoseconds, the body read. */
	private long timedGet(String url, String token) {
		long started = System.nanoTime();
		HttpResponse<String> response = get(url, token, "application/fhir+json");
		long took = System.nanoTime() - started;
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(500, response.body().length())));
		}
		return took;
	}

	private HttpResponse<String> get(String url, String token, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
