package org.snpmoc.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snpmoc.support.ServerProcess;

/**
 * A notification the endpoint has not accepted when the server stops is delivered once the server runs again
 * (HAPI's in-memory channels would drop it at shutdown).
 */
class SubscriptionRestartIT {
	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aNotificationPendingAtStopIsDeliveredAfterTheNextStart(@TempDir Path data) throws Exception {
		Map<String, String> environment = Map.of("MOC_DATA_DIR", data.toString());
		// Validation on write changes nothing in delivery and would double the servers' start-up time.
		List<String> arguments = List.of("--moc.subscriptions.allowed-endpoints=127.0.0.1",
				"--moc.conformance.validate-on-write=false");
		try (HookReceiver receiver = new HookReceiver()) {
			receiver.answer(503);
			try (ServerProcess server = ServerProcess.start("subscription-restart", environment, arguments)) {
				String subscription = "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"reason\":\"test\","
						+ "\"criteria\":\"Patient?family=Restart\",\"channel\":{\"type\":\"rest-hook\",\"endpoint\":\""
						+ receiver.endpoint("restart") + "\",\"payload\":\"application/fhir+json\"}}";
				assertThat(post(server, "Subscription", subscription).statusCode()).isEqualTo(201);
				// HAPI activates and registers the subscription asynchronously: write until it notifies.
				await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).until(() -> {
					post(server, "Patient", "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Restart\"}]}");
					return !receiver.refused().isEmpty();
				});
				server.stop();
			}
			List<String> pending = receiver.refused().stream().distinct().toList();
			receiver.answer(200);

			try (ServerProcess server = ServerProcess.start("subscription-restart-2", environment, arguments)) {
				await().atMost(Duration.ofSeconds(90)).until(() -> receiver.accepted().containsAll(pending));
				System.out.printf("subscriptions: %d notification(s) pending at stop, delivered after restart%n",
						pending.size());
				server.stop();
			}
		}
	}

	private HttpResponse<String> post(ServerProcess server, String type, String body)
			throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/" + type))
						.header("Content-Type", "application/fhir+json").POST(HttpRequest.BodyPublishers.ofString(body))
						.build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
