package org.snpmoc.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snpmoc.support.EmbeddedPostgresDatabase;
import org.snpmoc.support.ServerProcess;

/**
 * A real server process is killed (SIGKILL) while four clients create resources; restarted on the same database,
 * it must have every resource it acknowledged with a 201. Validation on write is off in these servers: it changes
 * nothing in how a write is stored and its warm-up would double their start-up time.
 */
class CrashIT {
	private static final int THREADS = 4;
	private static final String NO_VALIDATION = "--moc.conformance.validate-on-write=false";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void theEmbeddedDatabaseKeepsEveryAcknowledgedWrite(@TempDir Path data) {
		crashTest("h2", Map.of("MOC_DATA_DIR", data.toString()), List.of(NO_VALIDATION));
	}

	@Test
	void postgresKeepsEveryAcknowledgedWrite() {
		String url = EmbeddedPostgresDatabase.jdbcUrl("moc_crash");
		crashTest("postgres", Map.of(), List.of(NO_VALIDATION, "--spring.profiles.active=postgres",
				"--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password="));
	}

	private void crashTest(String db, Map<String, String> environment, List<String> arguments) {
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		try (ServerProcess server = ServerProcess.start("crash-" + db, environment, arguments)) {
			int killAfter = 300 + ThreadLocalRandom.current().nextInt(200);
			CountDownLatch enough = new CountDownLatch(killAfter);
			List<Thread> clients = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				Thread client = new Thread(() -> createUntilRefused(server.baseUrl(), acknowledged, enough));
				clients.add(client);
				client.start();
			}
			assertThat(enough.await(120, TimeUnit.SECONDS)).as("acknowledged writes before the kill").isTrue();
			server.kill();
			for (Thread client : clients) {
				client.join(30_000);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}

		try (ServerProcess server = ServerProcess.start("crash-" + db + "-restart", environment, arguments)) {
			AtomicInteger lost = new AtomicInteger();
			acknowledged.parallelStream().forEach(id -> {
				if (status(get(server.baseUrl() + "/" + id)) != 200) {
					lost.incrementAndGet();
				}
			});
			System.out.printf("crash-test %s: %d acknowledged, %d lost%n", db, acknowledged.size(), lost.get());
			assertThat(lost.get()).as("acknowledged writes lost").isZero();
			server.stop();
		}
	}

	/** Creates Patients until the server stops answering; records the id of each one answered with 201. */
	private void createUntilRefused(String base, Set<String> acknowledged, CountDownLatch enough) {
		while (true) {
			String body = "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Crash\",\"given\":[\""
					+ Thread.currentThread().getName() + "\"]}]}";
			HttpRequest create = HttpRequest.newBuilder(URI.create(base + "/Patient"))
					.header("Content-Type", "application/fhir+json").timeout(Duration.ofSeconds(30))
					.POST(HttpRequest.BodyPublishers.ofString(body)).build();
			try {
				HttpResponse<Void> response = http.send(create, HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 201) {
					String location = response.headers().firstValue("Location").orElseThrow();
					String path = URI.create(location).getPath();
					acknowledged.add(path.substring(path.indexOf("/Patient/") + 1, path.indexOf("/_history")));
					enough.countDown();
				}
			} catch (IOException e) {
				return; // the server is gone
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private HttpRequest get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
	}

	private int status(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		} catch (IOException e) {
			return -1;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}
}
