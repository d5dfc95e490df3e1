package org.snpmoc.apps;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.snpmoc.support.SecureH2ServerTest;

/**
 * The beneficiary app at /apps/my-care/, on a server with access control on: served without a token with a
 * Content-Security-Policy that lets it run its own files only, and, in headless Chromium, the SMART standalone launch
 * end to end: the app sends the browser to the authorization server, the beneficiary signs in with the login form, the
 * app exchanges the code (PKCE) and shows their care plan, goals, care team, point of contact and what is due. The
 * data and the login are written through the API with the demo system client's token.
 */
class MyCareAppIT extends SecureH2ServerTest {
	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Test
	void theAppIsServedWithAPolicyThatRunsOnlyItsOwnFiles() throws Exception {
		HttpResponse<String> page = get("/apps/my-care/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
		assertThat(page.body()).contains("<script src=\"../vendor/fhirclient/fhir-client.min.js\" defer></script>")
				.doesNotContain("<script>").doesNotContain("style=").doesNotContainPattern("\\son[a-z]+\\s*=");
		assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
				.contains("default-src 'none'", "script-src 'self'", "connect-src 'self'", "style-src 'self'",
						"img-src 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

		HttpResponse<String> library = get("/apps/vendor/fhirclient/fhir-client.min.js");
		assertThat(library.statusCode()).isEqualTo(200);
		assertThat(library.headers().firstValue("Content-Type")).get().asString().contains("javascript");
		assertThat(library.body()).contains("oauth2");
		assertThat(get("/apps/my-care/app.js").statusCode()).isEqualTo(200);
		assertThat(get("/apps/my-care/app.css").statusCode()).isEqualTo(200);

		HttpResponse<String> bare = get("/apps/my-care");
		assertThat(bare.statusCode()).isBetween(301, 308);
		assertThat(bare.headers().firstValue("Location")).get().asString().endsWith("/apps/my-care/");

		// The sign-in form may load its own stylesheet; the API keeps the strict policy, also when the path only pretends to be under /apps/.
		assertThat(get("/login").headers().firstValue("Content-Security-Policy")).get().asString()
				.contains("style-src 'self'");
		assertThat(get("/fhir/metadata").headers().firstValue("Content-Security-Policy"))
				.contains("default-src 'none'; frame-ancestors 'none'");
		assertThat(get("/apps/%2e%2e/fhir/metadata").headers().firstValue("Content-Security-Policy"))
				.contains("default-src 'none'; frame-ancestors 'none'");
		assertThat(get("/apps/%2e%2e/fhir/metadata").statusCode()).isEqualTo(400);
	}

	@Test
	void aBeneficiarySignsInAndSeesTheirCarePlanTeamAndWhatIsDue() throws Exception {
		client.registerInterceptor(new BearerTokenAuthInterceptor(smart.systemToken("system/*.cruds")));
		MyCareStory story = MyCareStory.load(client);
		String username = "marisol-" + UUID.randomUUID().toString().substring(0, 8);
		String password = UUID.randomUUID() + "-Aa1!";
		smart.createUser(username, password, List.of("Patient/" + story.patientId()));

		BrowserScript.Run run = BrowserScript.run("my-care-launch.mjs", Map.of(
				"APP_URL", rootUrl() + "/apps/my-care/",
				"MOC_USERNAME", username,
				"MOC_PASSWORD", password,
				"MOC_PATIENT", story.patientId()));

		assertThat(texts(run.seen().path("steps"))).as(run.describe()).anyMatch(step -> step.startsWith("login "));
		assertShows(run, story, dueAsStaffSeeIt(story));
	}

	/** What the member must see, as the script read it off the page. */
	static void assertShows(BrowserScript.Run run, MyCareStory story, List<String> expectedDue) {
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
				story.transitionCoordinator() + " — Transition coordinator", "You — Member");
		assertThat(team.path("pointOfContact").asText()).as(run.describe()).isEqualTo(story.transitionCoordinator());
		assertThat(team.path("pointOfContactLine").asText()).contains("Transition coordinator", "555-0177");

		List<String> due = new ArrayList<>();
		seen.path("due").forEach(item -> due.add(item.path("factor").asText() + " @ " + item.path("due").asText()));
		assertThat(expectedDue).as("the beneficiary has work items of their own due").isNotEmpty();
		assertThat(due).as(run.describe()).containsExactlyInAnyOrderElementsOf(expectedDue);
		// In the member's words: no factor codes, no resource ids, none of the plan's own work (staff training).
		seen.path("due").forEach(item -> assertThat(item.path("text").asText()).as(run.describe())
				.isNotBlank().doesNotContain("/", "MOC", "ICP", "HRA"));

		assertThat(texts(seen.path("pageErrors"))).as(run.describe()).isEmpty();
		assertThat(texts(seen.path("console"))).as("console (a CSP violation shows here)\n" + run.describe())
				.noneMatch(line -> line.contains("Content Security Policy"));
		assertThat(texts(seen.path("failedRequests"))).as(run.describe()).isEmpty();
		assertThat(texts(seen.path("httpErrors"))).as(run.describe()).isEmpty();
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asText()));
		return texts;
	}

	/**
	 * The beneficiary's own work items (factor @ due date) of the list $moc-gaps gives plan staff: HRA, care plan review
	 * and notices, team reviews and meetings, the steps after a stay; not staff training or what the plan documents.
	 */
	private List<String> dueAsStaffSeeIt(MyCareStory story) {
		Set<String> forTheMember = Set.of("2B.3", "2C.2", "2C.5", "2D.3", "2D.4", "2E.1", "2E.4", "2E.5", "2E.6");
		Bundle gaps = client.operation().onInstance("Patient/" + story.patientId()).named("$moc-gaps")
				.withNoParameters(Parameters.class).returnResourceType(Bundle.class).useHttpGet().execute();
		List<String> all = gaps.getEntry().stream().map(e -> (Task) e.getResource())
				.map(t -> t.getReasonCode().getCodingFirstRep().getCode() + " @ "
						+ t.getRestriction().getPeriod().getEndElement().getValueAsString())
				.toList();
		assertThat(all).as("staff's list has the plan's own work too").anyMatch(item -> item.startsWith("2A.5 "));
		return all.stream().filter(item -> forTheMember.contains(item.substring(0, item.indexOf(' ')))).toList();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(rootUrl() + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
