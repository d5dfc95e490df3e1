package org.snpmoc.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.contract.MocCodes.ID_PLAN_SUMMARY;
import static org.snpmoc.contract.MocCodes.MEASURE_CARE_COORDINATION;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.MocStories;
import org.snpmoc.support.CareStory;
import org.snpmoc.support.H2ServerTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan evaluation as a job: kick-off, progress, the stored summary, its history and the monthly schedule. */
class PlanEvaluationJobIT extends H2ServerTest {
	private static final Duration TIMEOUT = Duration.ofSeconds(120);

	@Autowired
	private PlanEvaluationSchedule schedule;

	private PlanJobClient jobs;
	private String coordinator;

	@BeforeEach
	void loadPlan() {
		jobs = new PlanJobClient(baseUrl());
		MocStories stories = new MocStories(client);
		stories.loadExamples();
		CareStory care = new CareStory(client);
		String role = care.staff("care-coordinator");
		coordinator = care.read(org.hl7.fhir.r4.model.PractitionerRole.class, role).getPractitioner().getReference();
		for (String start : List.of("2025-11-15", "2026-01-10", "2026-02-01", "2026-04-20")) {
			String patient = stories.patient();
			stories.enrollment(patient, start);
			care.ict("Patient/" + patient, "beneficiary", "Patient/" + patient, "care-coordinator", role);
		}
	}

	@Test
	void asyncSummaryEqualsTheSyncOneAndIsStoredOncePerPeriod() {
		MeasureReport sync = jobs.sync("2026-06-30");

		String status = jobs.kickOff("2026-06-30");
		HttpResponse<String> done = jobs.await(status, TIMEOUT);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
		assertThat(jobs.progress).allSatisfy(p -> assertThat(p).matches("Listing the enrolled beneficiaries|Evaluated \\d+ of \\d+ chunks"));
		MeasureReport async = PlanJobClient.FHIR.newJsonParser().parseResource(MeasureReport.class, done.body());
		String stored = done.headers().firstValue("Content-Location").orElseThrow();

		assertThat(PlanJobClient.content(async)).isEqualTo(PlanJobClient.content(sync));
		assertThat(async.getStatus()).isEqualTo(MeasureReport.MeasureReportStatus.COMPLETE);
		assertThat(async.getIdentifierFirstRep().getSystem()).isEqualTo(ID_PLAN_SUMMARY);
		assertThat(async.getIdentifierFirstRep().getValue()).isEqualTo("2026-06-30");
		assertThat(async.getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-06-30");

		// The coordinator's four beneficiaries form one stratum; the cohorts split them by quarter.
		MeasureReportGroupComponent hra = group(async, "2B.3");
		StratifierGroupComponent theirs = stratum(hra, 0, coordinator);
		assertThat(count(theirs, "initial-population")).isEqualTo(4);
		assertThat(theirs.getValue().getText()).isEqualTo("care-coordinator Staff");
		assertThat(count(stratum(hra, 2, "2026-Q1"), "initial-population")).isGreaterThanOrEqualTo(2);
		assertThat(count(stratum(hra, 2, "2025-Q4"), "initial-population")).isGreaterThanOrEqualTo(1);

		// The stored report is a MeasureReport like any other, and the history search lists it.
		MeasureReport read = client.read().resource(MeasureReport.class).withUrl(stored).execute();
		assertThat(PlanJobClient.content(read)).isEqualTo(PlanJobClient.content(async));
		assertThat(history("2026-06-30")).containsExactly(read.getIdElement().getIdPart());

		// Evaluating the same period again replaces its report.
		String secondStatus = jobs.kickOff("2026-06-30");
		assertThat(secondStatus).as("a new job").isNotEqualTo(status);
		MeasureReport again = jobs.result(secondStatus, TIMEOUT);
		assertThat(again.getIdElement().getIdPart()).isEqualTo(read.getIdElement().getIdPart());
		assertThat(Integer.parseInt(again.getMeta().getVersionId()))
				.isEqualTo(Integer.parseInt(read.getMeta().getVersionId()) + 1);
		assertThat(history("2026-06-30")).hasSize(1);
		Bundle listed = client.search().byUrl("MeasureReport?measure=" + MEASURE_CARE_COORDINATION
				+ "&period=ge2026-01-01&status=complete").returnBundle(Bundle.class).execute();
		assertThat(listed.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
				.contains(read.getIdElement().getIdPart());

		// A finished job cannot be cancelled.
		assertThat(jobs.delete(status).statusCode()).isEqualTo(404);
	}

	@Test
	void theScheduleStoresOneSummaryPerMonth() {
		String first = schedule.runFor(LocalDate.parse("2026-08-01")).orElseThrow();
		assertThat(schedule.runFor(LocalDate.parse("2026-08-01"))).isEmpty();
		assertThat(schedule.runFor(LocalDate.parse("2026-08-20"))).as("same month just ended").isEmpty();

		MeasureReport stored = jobs.result(baseUrl() + "/$moc-evaluate-status?_jobId=" + first, TIMEOUT);
		assertThat(stored.getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-07-31");
		assertThat(PlanJobClient.content(stored)).isEqualTo(PlanJobClient.content(jobs.sync("2026-07-31")));
		assertThat(history("2026-07-31")).containsExactly(stored.getIdElement().getIdPart());
	}

	@Test
	void badRequestsAreRefusedWithoutStartingAJob() {
		HttpResponse<String> badDate = jobs.get(baseUrl() + "/$moc-evaluate?asOf=2026-02-30", "Prefer", "respond-async");
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(badDate.body()).contains("OperationOutcome").doesNotContain("Exception");

		HttpResponse<String> unknown = jobs.get(baseUrl() + "/$moc-evaluate-status?_jobId=no-such-job");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("OperationOutcome").contains("no-such-job");
		assertThat(jobs.delete(baseUrl() + "/$moc-evaluate-status?_jobId=no-such-job").statusCode()).isEqualTo(404);
		assertThat(jobs.get(baseUrl() + "/$moc-evaluate-status").statusCode()).isEqualTo(400);
	}

	@Test
	void aRunningJobCanBeCancelled() {
		String status = jobs.kickOff("2026-05-31");
		HttpResponse<String> cancel = jobs.delete(status);
		if (cancel.statusCode() == 202) {
			HttpResponse<String> after = jobs.await(status, TIMEOUT);
			assertThat(after.statusCode()).as(after.body()).isEqualTo(404);
			assertThat(after.body()).contains("cancelled");
		} else {
			// It ended before the request reached it.
			assertThat(cancel.statusCode()).isEqualTo(404);
			assertThat(jobs.get(status).statusCode()).isEqualTo(200);
		}
	}

	private List<String> history(String asOf) {
		Bundle found = client.search().byUrl("MeasureReport?measure=" + MEASURE_CARE_COORDINATION
				+ "&identifier=" + ID_PLAN_SUMMARY + "|" + asOf).returnBundle(Bundle.class).execute();
		return found.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
	}

	private static MeasureReportGroupComponent group(MeasureReport report, String code) {
		return report.getGroup().stream().filter(g -> code.equals(g.getCode().getCodingFirstRep().getCode()))
				.findFirst().orElseThrow();
	}

	private static StratifierGroupComponent stratum(MeasureReportGroupComponent group, int stratifier, String code) {
		return group.getStratifier().get(stratifier).getStratum().stream()
				.filter(s -> code.equals(s.getValue().getCodingFirstRep().getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("no stratum " + code));
	}

	private static int count(StratifierGroupComponent stratum, String population) {
		return stratum.getPopulation().stream()
				.filter(p -> population.equals(p.getCode().getCodingFirstRep().getCode())).findFirst().orElseThrow()
				.getCount();
	}
}
