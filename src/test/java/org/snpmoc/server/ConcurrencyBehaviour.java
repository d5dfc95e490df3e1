package org.snpmoc.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Races as HAPI's own tests run them, over HTTP: ten clients updating one resource with {@code If-Match}, and ten
 * conditional creates of one identifier. Implemented by one test class per database.
 */
interface ConcurrencyBehaviour {
	int THREADS = 10;
	int ROUNDS = 5;
	HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	String fhirBase();

	String database();

	@Test
	default void conflictingConditionalUpdatesLoseNoUpdate() throws Exception {
		String id = location(send(post("Patient", patient("Race", null, null), Map.of())));
		Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
		Set<String> versions = ConcurrentHashMap.newKeySet();
		race(thread -> {
			for (int round = 0; round < ROUNDS; round++) {
				HttpResponse<String> current = send(HttpRequest.newBuilder(URI.create(fhirBase() + "/" + id)).build());
				String version = current.headers().firstValue("ETag").orElseThrow();
				HttpResponse<String> update = send(HttpRequest.newBuilder(URI.create(fhirBase() + "/" + id))
						.header("Content-Type", "application/fhir+json").header("If-Match", version)
						.PUT(HttpRequest.BodyPublishers.ofString(
								patient("Race", id.substring(id.indexOf('/') + 1), "t" + thread + "r" + round)))
						.build());
				statuses.merge(update.statusCode(), 1, Integer::sum);
				if (update.statusCode() == 200) {
					assertThat(versions.add(update.headers().firstValue("ETag").orElseThrow()))
							.as("each successful update makes a new version").isTrue();
				}
			}
		});
		int ok = statuses.getOrDefault(200, 0);
		HttpResponse<String> last = send(HttpRequest.newBuilder(URI.create(fhirBase() + "/" + id)).build());
		String finalVersion = last.headers().firstValue("ETag").orElseThrow().replaceAll("[^0-9]", "");
		System.out.printf("concurrency %s: %d If-Match updates from %d threads: %s; final version %s%n",
				database(), THREADS * ROUNDS, THREADS, new TreeMap<>(statuses), finalVersion);
		assertThat(statuses.keySet()).isSubsetOf(200, 409, 412);
		assertThat(ok).isPositive();
		assertThat(Integer.parseInt(finalVersion)).as("final version = 1 + successful updates").isEqualTo(1 + ok);
	}

	@Test
	default void aConditionalCreateRaceStoresOneResource() throws Exception {
		String identifier = "urn:moc-race|" + UUID.randomUUID();
		Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
		race(thread -> {
			HttpResponse<String> create = send(post("Patient", identified(identifier),
					Map.of("If-None-Exist", "identifier=" + identifier)));
			statuses.merge(create.statusCode(), 1, Integer::sum);
		});
		String search = fhirBase() + "/Patient?_summary=count&identifier="
				+ URLEncoder.encode(identifier, StandardCharsets.UTF_8);
		String body = send(HttpRequest.newBuilder(URI.create(search)).build()).body();
		int stored = Integer.parseInt(body.replaceAll("(?s).*\"total\"\\s*:\\s*(\\d+).*", "$1"));
		System.out.printf("concurrency %s: %d conditional creates of one identifier: %s; %d stored%n",
				database(), THREADS, new TreeMap<>(statuses), stored);
		assertThat(stored).isEqualTo(1);
		assertThat(statuses.keySet()).isSubsetOf(200, 201, 409, 412);
	}

	/** Runs {@code body} on {@value #THREADS} threads released together. */
	private void race(ThreadBody body) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CyclicBarrier start = new CyclicBarrier(THREADS);
		try {
			List<Future<Object>> results = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				results.add(pool.submit(() -> {
					start.await();
					body.run(thread);
					return null;
				}));
			}
			for (Future<Object> result : results) {
				result.get(120, TimeUnit.SECONDS);
			}
		} finally {
			pool.shutdownNow();
		}
	}

	private HttpRequest post(String type, String body, Map<String, String> headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(fhirBase() + "/" + type))
				.header("Content-Type", "application/fhir+json").POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(builder::header);
		return builder.build();
	}

	private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** "Patient/id" from the Location of a 201. */
	private static String location(HttpResponse<String> created) {
		assertThat(created.statusCode()).isEqualTo(201);
		String path = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
		return path.substring(path.indexOf("/Patient/") + 1, path.indexOf("/_history"));
	}

	private static String patient(String family, String id, String given) {
		return "{\"resourceType\":\"Patient\"" + (id == null ? "" : ",\"id\":\"" + id + "\"")
				+ ",\"name\":[{\"family\":\"" + family + "\"" + (given == null ? "" : ",\"given\":[\"" + given + "\"]")
				+ "}]}";
	}

	/** A Patient with one identifier, "system|value". */
	private static String identified(String identifier) {
		String[] parts = identifier.split("\\|");
		return "{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"" + parts[0] + "\",\"value\":\""
				+ parts[1] + "\"}]}";
	}

	@FunctionalInterface
	interface ThreadBody {
		void run(int thread) throws Exception;
	}
}
