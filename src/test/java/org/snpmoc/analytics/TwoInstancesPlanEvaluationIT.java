package org.snpmoc.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.snpmoc.support.EmbeddedPostgresDatabase;
import org.snpmoc.support.ServerProcess;

/**
 * Two server processes on one PostgreSQL database run one plan evaluation together: each evaluates some of its
 * chunks (read from each instance's chunk counter), and the stored summary equals the summary computed in one
 * request. Validation on write is off: it changes nothing here and would slow the loading.
 */
class TwoInstancesPlanEvaluationIT {
	private static final int BENEFICIARIES = 300;
	private static final Pattern COUNT = Pattern.compile("\"statistic\":\"COUNT\",\"value\":([0-9.]+)");

	@Test
	void twoInstancesShareTheChunksOfOneJob() {
		String url = EmbeddedPostgresDatabase.jdbcUrl("moc_plan_job");
		List<String> arguments = List.of("--moc.conformance.validate-on-write=false", "--spring.profiles.active=postgres",
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--moc.analytics.chunk-size=10", "--moc.analytics.chunks-per-instance=1", "--moc.analytics.schedule=-",
				"--management.endpoints.web.exposure.include=health,metrics");
		try (ServerProcess first = ServerProcess.start("plan-job-a", java.util.Map.of(), arguments);
				ServerProcess second = ServerProcess.start("plan-job-b", java.util.Map.of(), arguments)) {
			PlanJobClient a = new PlanJobClient(first.baseUrl());
			PlanJobClient b = new PlanJobClient(second.baseUrl());
			load(a);

			MeasureReport sync = b.sync("2026-06-30");
			assertThat(sync.getGroup().stream().filter(g -> g.getCode().getCodingFirstRep().getCode().equals("2B.3"))
					.findFirst().orElseThrow().getStratifierFirstRep().getStratumFirstRep().getPopulationFirstRep()
					.getCount()).as("beneficiaries in the only coordinator stratum").isEqualTo(BENEFICIARIES);
			// Which instance's maintenance pass takes a ready chunk is a race; a job both took part in proves the
			// sharing, so up to three jobs run (each one's result checked) until one was shared.
			double byFirst = 0;
			double bySecond = 0;
			for (int job = 1; job <= 3 && (byFirst == 0 || bySecond == 0); job++) {
				double firstBefore = chunks(a, first);
				double secondBefore = chunks(b, second);
				String status = a.kickOff("2026-06-30");
				MeasureReport async = b.result(status.replace(first.baseUrl(), second.baseUrl()), Duration.ofSeconds(300));
				assertThat(PlanJobClient.content(async)).isEqualTo(PlanJobClient.content(sync));
				byFirst = chunks(a, first) - firstBefore;
				bySecond = chunks(b, second) - secondBefore;
				System.out.printf("plan-job %d: %d beneficiaries, chunks evaluated by the first instance %.0f, by the second %.0f%n",
						job, BENEFICIARIES, byFirst, bySecond);
			}
			assertThat(byFirst + bySecond).isEqualTo(BENEFICIARIES / 10.0);
			assertThat(byFirst).as("chunks evaluated by the first instance").isPositive();
			assertThat(bySecond).as("chunks evaluated by the second instance").isPositive();
		}
	}

	/** Beneficiaries enrolled in the first half of 2026, a transaction of 50 at a time. */
	private static void load(PlanJobClient client) {
		Bundle plan = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		put(plan, new Organization().setActive(true).setName("Plan").setId("plan"));
		post(client, plan);
		for (int from = 0; from < BENEFICIARIES; from += 50) {
			Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
			for (int i = from; i < from + 50; i++) {
				Patient patient = new Patient().setActive(true).setGender(Enumerations.AdministrativeGender.UNKNOWN);
				patient.addName().setFamily("Member").addGiven(String.valueOf(i));
				patient.setId("member-" + i);
				Coverage coverage = new Coverage().setStatus(Coverage.CoverageStatus.ACTIVE)
						.setType(new CodeableConcept(new Coding(CS_ARTIFACT, "snp-enrollment", "SNP enrollment")))
						.setBeneficiary(new Reference("Patient/member-" + i));
				coverage.addPayor(new Reference("Organization/plan"));
				coverage.getPeriod().getStartElement().setValueAsString("2026-0" + (1 + i % 6) + "-01");
				coverage.setId("enrollment-" + i);
				put(bundle, patient);
				put(bundle, coverage);
			}
			post(client, bundle);
		}
	}

	private static void put(Bundle bundle, Resource resource) {
		bundle.addEntry().setResource(resource).getRequest().setMethod(Bundle.HTTPVerb.PUT)
				.setUrl(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
	}

	private static void post(PlanJobClient client, Bundle bundle) {
		String body = PlanJobClient.FHIR.newJsonParser().encodeResourceToString(bundle);
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(client.base()))
				.header("Content-Type", "application/fhir+json").timeout(Duration.ofSeconds(120))
				.POST(HttpRequest.BodyPublishers.ofString(body)).build());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	/** The instance's moc.plan-evaluation.chunks counter. */
	private static double chunks(PlanJobClient client, ServerProcess server) {
		String root = server.baseUrl().substring(0, server.baseUrl().length() - "/fhir".length());
		HttpResponse<String> response = client.get(root + "/actuator/metrics/moc.plan-evaluation.chunks");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Matcher m = COUNT.matcher(response.body().replace(" ", ""));
		assertThat(m.find()).as(response.body()).isTrue();
		return Double.parseDouble(m.group(1));
	}
}
