package org.snpmoc.apps;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.snpmoc.support.SecureH2ServerTest;
import org.snpmoc.support.SmartFlows;
import org.snpmoc.synthetic.BulkLoader;
import org.snpmoc.synthetic.PopulationGenerator;

/**
 * The console at the server's root, on a server with access control on. The API side: the root opens the console,
 * which is served under the apps' Content-Security-Policy, and $moc-gaps filters, orders and pages the work list as the
 * console asks. In headless Chromium: a staff member signs in, and the overview shows the numbers of the plan's summary
 * MeasureReport, the work list filters and sorts as the API does, a beneficiary's page shows their report and
 * timeline, an evidence link opens the resource, and an export runs to its files. Screenshots of each page are kept in target/browser-artifacts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleIT extends SecureH2ServerTest {
	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final String MEASURE = "http://snp-moc.org/fhir/Measure/moc-care-coordination";
	private String token;

	@BeforeAll
	void loadAPopulation(@TempDir Path dir) throws Exception {
		SmartFlows flows = new SmartFlows(rootUrl());
		token = flows.systemToken("system/*.cruds");
		new PopulationGenerator(FhirContext.forR4Cached(), Path.of("profiles", "Questionnaire-dsnp-hra.json"))
				.generate(24, 11, LocalDate.now().minusDays(20), dir);
		assertThat(Files.exists(dir.resolve(PopulationGenerator.BENEFICIARIES_FILE))).isTrue();
		BulkLoader.Report loaded = new BulkLoader(FhirContext.forR4Cached(), baseUrl(), 2, null).withBearerToken(token).load(dir);
		assertThat(loaded.failures()).isEmpty();
	}

	@Test
	void theRootOpensTheConsoleServedWithAPolicyThatRunsOnlyItsOwnFiles() throws Exception {
		HttpResponse<String> root = get("/", null);
		assertThat(root.statusCode()).isBetween(301, 308);
		assertThat(root.headers().firstValue("Location")).get().asString().endsWith("/apps/console/");

		HttpResponse<String> page = get("/apps/console/", null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<script type=\"module\" src=\"console.js\"></script>")
				.contains("echarts.common.min.js").doesNotContain("<script>").doesNotContain("style=");
		assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
				.contains("script-src 'self'", "connect-src 'self'", "style-src 'self'").doesNotContain("unsafe");
		HttpResponse<String> charts = get("/webjars/echarts/5.3.1/dist/echarts.common.min.js", null);
		assertThat(charts.statusCode()).isEqualTo(200);
		assertThat(charts.headers().firstValue("Content-Type")).get().asString().contains("javascript");
		assertThat(get("/apps/console/console.js", null).statusCode()).isEqualTo(200);
	}

	@Test
	void theWorkListIsFilteredSortedAndPagedOnTheServer() throws Exception {
		String reader = smart.systemToken("system/*.rs");
		JsonNode all = gaps("", reader);
		assertThat(all.path("entry").size()).as("the population has open work").isGreaterThan(5);
		String factor = all.path("entry").path(0).path("resource").path("reasonCode").path("coding").path(0)
				.path("code").asText();
		assertThat(factor).matches("2[A-E]\\.\\d");

		JsonNode oneFactor = gaps("factor=" + factor, reader);
		assertThat(factors(oneFactor)).isNotEmpty().allMatch(factor::equals);
		JsonNode overdue = gaps("status=overdue", reader);
		overdue.path("entry").forEach(e -> assertThat(e.path("resource").path("businessStatus").path("text").asText())
				.isEqualTo("overdue"));
		List<String> dues = dues(gaps("_sort=due", reader));
		assertThat(dues).isSorted().hasSize(all.path("entry").size());
		List<String> reversed = new ArrayList<>(dues);
		Collections.reverse(reversed);
		assertThat(dues(gaps("_sort=-due", reader))).containsExactlyElementsOf(reversed);
		// Items have owners, members of the beneficiary's ICT; the list narrows to one of them.
		List<JsonNode> owners = all.path("entry").findValues("owner");
		assertThat(owners).isNotEmpty();
		String owner = owners.get(0).path("reference").asText();
		JsonNode owned = gaps("owner=" + URLEncoder.encode(owner, StandardCharsets.UTF_8), reader);
		assertThat(owned.path("entry").findValues("owner")).isNotEmpty()
				.allMatch(o -> o.path("reference").asText().equals(owner));
		assertThat(owned.path("entry").size()).isLessThanOrEqualTo(all.path("entry").size());

		JsonNode firstPage = gaps("factor=" + factor + "&_count=1", reader);
		String next = firstPage.path("link").path(0).path("url").asText();
		if (oneFactor.path("entry").size() > 1) {
			assertThat(next).contains("factor=" + URLEncoder.encode(factor, StandardCharsets.UTF_8), "_offset=1");
		}

		HttpResponse<String> badStatus = get("/fhir/$moc-gaps?status=late", reader);
		assertThat(badStatus.statusCode()).isEqualTo(400);
		assertThat(badStatus.body()).contains("OperationOutcome", "status");
		assertThat(get("/fhir/$moc-gaps?_sort=colour", reader).statusCode()).isEqualTo(400);
	}

	@Test
	void aStaffMemberSeesThePlansNumbersWorksTheListAndFollowsEvidence() throws Exception {
		String username = "analyst-" + UUID.randomUUID().toString().substring(0, 8);
		String password = UUID.randomUUID() + "-Aa1!";
		smart.createUser(username, password, List.of());
		String reader = smart.systemToken("system/*.rs");

		BrowserScript.Run run = BrowserScript.run("console-tour.mjs", Map.of(
				"START_URL", rootUrl() + "/",
				"APP_URL", rootUrl() + "/apps/console/",
				"MOC_USERNAME", username,
				"MOC_PASSWORD", password));
		JsonNode seen = run.seen();
		assertThat(run.exitCode()).as(run.describe()).isZero();
		assertThat(MyCareAppIT.texts(seen.path("steps"))).as(run.describe()).anyMatch(step -> step.startsWith("login "));
		assertThat(seen.path("signedInAs").asText()).contains(username);

		// The overview shows the summary MeasureReport's numbers: the stored one it names, else the plan's evaluation now.
		JsonNode overview = seen.path("overview");
		String reportId = overview.path("report").asText();
		JsonNode report = SmartFlows.read(reportId.isEmpty()
				? get("/fhir/$moc-evaluate", reader).body()
				: get("/fhir/MeasureReport/" + reportId, reader).body());
		assertThat(report.path("measure").asText()).isEqualTo(MEASURE);
		Map<String, JsonNode> groups = new HashMap<>();
		report.path("group").forEach(g -> {
			JsonNode coding = g.path("code").path("coding").path(0);
			if (coding.path("system").asText().equals("http://snp-moc.org/fhir/CodeSystem/moc-factor")) {
				groups.put(coding.path("code").asText(), g);
			}
		});
		assertThat(overview.path("bands").size()).isEqualTo(5);
		overview.path("bands").forEach(band -> assertThat(band.path("score").asText()).as(band.toString())
				.isEqualTo(groups.get(band.path("element").asText()).path("measureScore").path("value").asText("")));
		assertThat(overview.path("factors").size()).isEqualTo(groups.size() - 5);
		overview.path("factors").forEach(row -> {
			JsonNode group = groups.get(row.path("factor").asText());
			assertThat(row.path("denominator").asText()).as(row.toString()).isEqualTo(count(group, "denominator"));
			assertThat(row.path("numerator").asText()).as(row.toString()).isEqualTo(count(group, "numerator"));
		});
		assertThat(overview.path("charts").asInt()).as("factor and trend charts drawn").isGreaterThanOrEqualTo(2);
		// Plan-level measures of their own (admission notice timeliness) show as the report has them.
		report.path("group").forEach(g -> {
			JsonNode coding = g.path("code").path("coding").path(0);
			if (coding.path("system").asText().endsWith("/moc-plan-measure")) {
				assertThat(overview.path("planMeasures").findValuesAsText("planMeasure")).contains(coding.path("code").asText());
				overview.path("planMeasures").forEach(shown -> {
					if (shown.path("planMeasure").asText().equals(coding.path("code").asText())) {
						assertThat(shown.path("denominator").asText()).isEqualTo(count(g, "denominator"));
					}
				});
			}
		});
		JsonNode filtered = overview.path("filtered");
		if (!filtered.isMissingNode()) {
			filtered.path("factors").forEach(row -> {
				JsonNode stratum = stratum(groups.get(row.path("factor").asText()), filtered.path("stratifier").asText(),
						filtered.path("value").asText());
				assertThat(row.path("denominator").asText()).as(row.toString())
						.isEqualTo(stratum == null ? "0" : count(stratum, "denominator"));
			});
		}

		// The work list: filtered by one factor and sorted by due date, as the API gives it.
		JsonNode work = seen.path("work");
		String factor = work.path("factor").asText();
		assertThat(factor).as(run.describe()).isNotEmpty();
		assertThat(work.path("filtered").findValuesAsText("factor")).isNotEmpty().allMatch(factor::equals);
		List<String> shownDues = work.path("sortedByDue").findValuesAsText("due");
		assertThat(shownDues).isSorted();
		assertThat(shownDues).containsExactlyElementsOf(
				dues(gaps("factor=" + URLEncoder.encode(factor, StandardCharsets.UTF_8) + "&_sort=due&_count=50", reader)));

		// A beneficiary's page: the report's outcomes, a timeline, and an evidence link that opens the resource.
		JsonNode beneficiary = seen.path("beneficiary");
		String patientId = beneficiary.path("id").asText();
		JsonNode own = SmartFlows.read(get("/fhir/Patient/" + patientId + "/$moc-evaluate", reader).body());
		Map<String, String> outcomes = new HashMap<>();
		own.path("group").forEach(g -> {
			String code = g.path("code").path("coding").path(0).path("code").asText();
			g.path("extension").forEach(x -> {
				if (x.path("url").asText().endsWith("/moc-outcome")) {
					outcomes.put(code, x.path("valueCode").asText());
				}
			});
		});
		beneficiary.path("report").forEach(row -> {
			if (row.path("factor").asText().contains(".")) {
				assertThat(row.path("outcome").asText()).as(row.toString()).isEqualTo(outcomes.get(row.path("factor").asText()));
			}
		});
		assertThat(beneficiary.path("timeline").findValuesAsText("kind")).contains("enrolment", "hra");
		String evidence = seen.path("evidenceLink").asText();
		assertThat(evidence).as(run.describe()).isNotEmpty();
		assertThat(seen.path("evidenceShown").asText()).isEqualTo(evidence.replaceAll("/_history/.*", ""));
		assertThat(seen.path("evidenceJson").asText()).isEqualTo(evidence.split("/")[1]);

		assertThat(MyCareAppIT.texts(seen.path("exportFiles"))).as(run.describe()).isNotEmpty().allMatch("Patient"::equals);

		assertThat(seen.path("problem").isNull()).as(run.describe()).isTrue();
		assertThat(MyCareAppIT.texts(seen.path("pageErrors"))).as(run.describe()).isEmpty();
		assertThat(MyCareAppIT.texts(seen.path("cspViolations"))).as(run.describe()).isEmpty();
		assertThat(MyCareAppIT.texts(seen.path("failedRequests"))).as(run.describe()).isEmpty();
		assertThat(MyCareAppIT.texts(seen.path("httpErrors"))).as(run.describe()).isEmpty();
	}

	private static String count(JsonNode holder, String population) {
		for (JsonNode p : holder.path("population")) {
			if (p.path("code").path("coding").path(0).path("code").asText().equals(population)) {
				return p.path("count").asText();
			}
		}
		return "0";
	}

	private static JsonNode stratum(JsonNode group, String stratifier, String value) {
		for (JsonNode s : group.path("stratifier")) {
			if (!s.path("code").path(0).path("coding").path(0).path("code").asText().equals(stratifier)) {
				continue;
			}
			for (JsonNode stratum : s.path("stratum")) {
				JsonNode v = stratum.path("value");
				if (value.equals(v.path("coding").path(0).path("code").asText(v.path("text").asText()))) {
					return stratum;
				}
			}
		}
		return null;
	}

	private JsonNode gaps(String query, String bearer) throws Exception {
		HttpResponse<String> response = get("/fhir/$moc-gaps" + (query.isEmpty() ? "" : "?" + query), bearer);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return SmartFlows.read(response.body());
	}

	private static List<String> factors(JsonNode bundle) {
		List<String> factors = new ArrayList<>();
		bundle.path("entry").forEach(e -> factors.add(
				e.path("resource").path("reasonCode").path("coding").path(0).path("code").asText()));
		return factors;
	}

	private static List<String> dues(JsonNode bundle) {
		List<String> dues = new ArrayList<>();
		bundle.path("entry").forEach(e -> dues.add(
				e.path("resource").path("restriction").path("period").path("end").asText().substring(0, 10)));
		return dues;
	}

	private HttpResponse<String> get(String path, String bearer) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(rootUrl() + path)).GET()
				.header("Accept", "application/fhir+json");
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
