package org.snpmoc.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snpmoc.support.H2ServerTest;

/**
 * A REST-hook Subscription pointing at a loopback, link-local or private address that is not allow-listed is
 * refused with 422 and an OperationOutcome, on create and on update, and nothing is stored. (The test context
 * allow-lists 127.0.0.1 only.)
 */
class SubscriptionEndpointIT extends H2ServerTest {
	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	// localhost is not among them: it resolves to the allow-listed 127.0.0.1, and addresses are what is checked.
	@ValueSource(strings = {"http://127.0.0.2:8080/hook", "http://127.0.0.2/hook", "http://[::1]/hook",
		"http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/hook", "http://192.168.1.10/hook",
		"http://[fd00::1]/hook", "http://0.0.0.0/hook"})
	void aNonPublicEndpointIsRefused(String endpoint) throws Exception {
		HttpResponse<String> created = send("POST", "/Subscription", subscription(null, endpoint));
		assertRefused(created);

		HttpResponse<String> allowed = send("POST", "/Subscription", subscription(null, "http://127.0.0.1:9/hook"));
		assertThat(allowed.statusCode()).isEqualTo(201);
		String id = allowed.headers().firstValue("Location").orElseThrow().replaceAll(".*/Subscription/([^/]+)/.*", "$1");
		assertRefused(send("PUT", "/Subscription/" + id, subscription(id, endpoint)));
		assertThat(send("GET", "/Subscription/" + id, null).body()).contains("http://127.0.0.1:9/hook");
		send("DELETE", "/Subscription/" + id, null);
	}

	private static void assertRefused(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("OperationOutcome").contains("Subscription.channel.endpoint");
	}

	private static String subscription(String id, String endpoint) {
		return "{\"resourceType\":\"Subscription\"" + (id == null ? "" : ",\"id\":\"" + id + "\"")
				+ ",\"status\":\"requested\",\"reason\":\"test\",\"criteria\":\"Patient?family=Nobody\","
				+ "\"channel\":{\"type\":\"rest-hook\",\"endpoint\":\"" + endpoint
				+ "\",\"payload\":\"application/fhir+json\"}}";
	}

	private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
				.header("Content-Type", "application/fhir+json")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
