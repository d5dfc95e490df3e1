package org.snpmoc.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.snpmoc.support.FhirClientSupport;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The SMART standalone launch of My care, end to end in headless Chromium: the app sends the browser to the
 * authorization server, the beneficiary signs in with the login form, the app exchanges the code (PKCE) and shows
 * their record with the token. The data and the user are written through the API with the demo system client's token.
 */
@SpringBootTest(
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = {
			"spring.datasource.url=jdbc:h2:mem:moc-it-secure;DB_CLOSE_DELAY=-1",
			"moc.security.enabled=true",
			"moc.security.demo.system-secret=" + MyCareLaunchIT.SYSTEM_SECRET
		})
class MyCareLaunchIT extends FhirClientSupport {
	static final String SYSTEM_SECRET = "my-care-launch-test-secret-5f3c";
	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void aBeneficiarySignsInAndSeesTheirOwnRecord() throws Exception {
		assumeTrue(authorizationServerIsRunning(), "no authorization server at /.well-known/openid-configuration");
		String token = systemToken();
		client.registerInterceptor(new BearerTokenAuthInterceptor(token));
		MyCareStory story = MyCareStory.load(client);
		String username = "marisol-" + UUID.randomUUID().toString().substring(0, 8);
		String password = UUID.randomUUID() + "-Aa1!";
		createUser(token, username, password, "Patient/" + story.patientId());

		BrowserScript.Run run = BrowserScript.run("my-care-launch.mjs", Map.of(
				"APP_URL", rootUrl() + "/apps/my-care/",
				"MOC_USERNAME", username,
				"MOC_PASSWORD", password,
				"MOC_PATIENT", story.patientId()));

		assertThat(MyCareAppIT.texts(run.seen().path("steps"))).as(run.describe())
				.anyMatch(step -> step.startsWith("login "));
		MyCareAppIT.assertShows(run, story);
	}

	private boolean authorizationServerIsRunning() throws Exception {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create(rootUrl() + "/.well-known/openid-configuration")).build(),
				HttpResponse.BodyHandlers.ofString());
		return response.statusCode() == 200 && response.body().contains("authorization_endpoint");
	}

	/** A token of the demo system client (client credentials), with the scopes to load data and create users. */
	private String systemToken() throws Exception {
		String basic = Base64.getEncoder().encodeToString(("moc-demo-system:" + SYSTEM_SECRET).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(rootUrl() + "/oauth2/token"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
						+ java.net.URLEncoder.encode("system/*.cruds moc.admin", StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body()).path("access_token").asText();
	}

	private void createUser(String token, String username, String password, String fhirUser) throws Exception {
		String body = JSON.writeValueAsString(Map.of("username", username, "password", password,
				"fhirUser", java.util.List.of(fhirUser)));
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(rootUrl() + "/admin/users"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
	}
}
