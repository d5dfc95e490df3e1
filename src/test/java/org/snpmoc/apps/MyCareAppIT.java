package org.snpmoc.apps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snpmoc.support.FhirClientSupport;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The beneficiary app at /apps/my-care/: served with a Content-Security-Policy that lets it run its own scripts only,
 * and, in headless Chromium, showing a beneficiary's care plan, goals, care team, point of contact and what is due.
 * This server runs without authentication, so fhirclient makes its development launch (a fixed {@code patientId},
 * no token); the signed-in launch is {@link MyCareLaunchIT}.
 */
@SpringBootTest(
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = {
			"spring.datasource.url=jdbc:h2:mem:moc-it;DB_CLOSE_DELAY=-1",
			"moc.server.max-request-size=2MB",
			"moc.subscriptions.allowed-endpoints=127.0.0.1",
			"management.endpoint.health.show-details=always",
			OpenServer.EXCLUDE_SECURITY
		})
class MyCareAppIT extends FhirClientSupport {
	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Test
	void theAppIsServedWithAPolicyThatRunsOnlyItsOwnFiles() throws Exception {
		HttpResponse<String> page = get("/apps/my-care/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
		assertThat(page.body()).contains("<script src=\"vendor/fhir-client.min.js\" defer></script>")
				.doesNotContain("<script>").doesNotContain("style=").doesNotContainPattern("\\son[a-z]+\\s*=");
		assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
				.contains("default-src 'none'", "script-src 'self'", "connect-src 'self'", "style-src 'self'",
						"img-src 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

		HttpResponse<String> library = get("/apps/my-care/vendor/fhir-client.min.js");
		assertThat(library.statusCode()).isEqualTo(200);
		assertThat(library.headers().firstValue("Content-Type")).get().asString().contains("javascript");
		assertThat(library.body()).contains("oauth2");
		assertThat(get("/apps/my-care/app.js").statusCode()).isEqualTo(200);
		assertThat(get("/apps/my-care/app.css").statusCode()).isEqualTo(200);

		HttpResponse<String> bare = get("/apps/my-care");
		assertThat(bare.statusCode()).isBetween(301, 308);
		assertThat(bare.headers().firstValue("Location")).get().asString().endsWith("/apps/my-care/");

		// The API keeps the strict policy, also when the path only pretends to be under /apps/.
		assertThat(get("/fhir/metadata").headers().firstValue("Content-Security-Policy"))
				.contains("default-src 'none'; frame-ancestors 'none'");
		assertThat(get("/apps/%2e%2e/fhir/metadata").headers().firstValue("Content-Security-Policy"))
				.contains("default-src 'none'; frame-ancestors 'none'");
	}

	@Test
	void aBrowserShowsTheBeneficiarysCarePlanTeamAndWhatIsDue() throws Exception {
		MyCareStory story = MyCareStory.load(client);

		BrowserScript.Run run = BrowserScript.run("my-care-launch.mjs",
				Map.of("APP_URL", rootUrl() + "/apps/my-care/?patientId=" + story.patientId()));

		assertShows(run, story);
	}

	/** What the member must see, as the script read it off the page. */
	static void assertShows(BrowserScript.Run run, MyCareStory story) {
		JsonNode seen = run.seen();
		assertThat(run.exitCode()).as(run.describe()).isZero();
		assertThat(seen.path("loaded").asText()).as(run.describe()).isEqualTo("true");
		assertThat(seen.path("member").asText()).as(run.describe()).isEqualTo(story.memberName());

		JsonNode plan = seen.path("carePlan");
		assertThat(plan.path("title").asText()).as(run.describe()).isEqualTo(story.planTitle());
		assertThat(texts(plan.path("period"))).containsExactly("2026-03-02", "2027-03-01");
		assertThat(texts(plan.path("activities"))).containsExactly(story.activity());
		JsonNode goal = plan.path("goals").path(0);
		assertThat(goal.path("description").asText()).isEqualTo(story.goal());
		assertThat(texts(goal.path("targets"))).containsExactly(story.goalTarget());
		assertThat(goal.path("status").asText()).isEqualTo("active");

		JsonNode team = seen.path("careTeam");
		List<String> members = new ArrayList<>();
		team.path("participants").forEach(p -> members.add(p.path("name").asText() + " — " + p.path("roles").asText()));
		assertThat(members).containsExactlyInAnyOrder(story.careCoordinator() + " — Care coordinator",
				story.transitionCoordinator() + " — Transition coordinator", "You — You");
		assertThat(team.path("pointOfContact").asText()).as(run.describe()).isEqualTo(story.transitionCoordinator());

		List<String> due = new ArrayList<>();
		seen.path("due").forEach(item -> due.add(item.path("text").asText() + " @ " + item.path("due").asText()));
		assertThat(due).as(run.describe()).contains(story.taskText() + " @ " + story.taskDue());

		assertThat(texts(seen.path("pageErrors"))).as(run.describe()).isEmpty();
		assertThat(texts(seen.path("console"))).as("console (a CSP violation shows here)\n" + run.describe())
				.noneMatch(line -> line.contains("Content Security Policy"));
		// Only what fhirclient probes for and a server may lack: SMART discovery on an open server.
		assertThat(texts(seen.path("httpErrors"))).as(run.describe())
				.allMatch(line -> line.endsWith("/fhir/.well-known/smart-configuration"));
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asText()));
		return texts;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(rootUrl() + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
