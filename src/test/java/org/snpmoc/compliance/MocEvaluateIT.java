package org.snpmoc.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.snpmoc.contract.MocCodes.*;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snpmoc.contract.MocCodes;
import org.snpmoc.support.H2ServerTest;

/** $moc-evaluate over HTTP: the IG's example story, small stories of our own, the plan summary and bad input. */
class MocEvaluateIT extends H2ServerTest {
	private MocStories stories;

	@BeforeEach
	void loadExamples() {
		stories = new MocStories(client);
		stories.loadExamples();
	}

	@Test
	void exampleBeneficiaryReportFollowsTheContract() {
		MeasureReport report = evaluate("moc-example-beneficiary", "2026-11-01");

		assertThat(report.getType()).isEqualTo(MeasureReport.MeasureReportType.INDIVIDUAL);
		assertThat(report.getStatus()).isEqualTo(MeasureReport.MeasureReportStatus.COMPLETE);
		assertThat(report.getSubject().getReference()).isEqualTo("Patient/moc-example-beneficiary");
		assertThat(report.getMeasure()).isEqualTo(MEASURE_CARE_COORDINATION);
		assertThat(report.getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-11-01");
		List<String> codes = report.getGroup().stream().map(g -> g.getCode().getCodingFirstRep().getCode()).toList();
		assertThat(codes).containsExactlyInAnyOrder("2A", "2A.5", "2B", "2B.1", "2B.2", "2B.3", "2B.4",
				"2C", "2C.1", "2C.2", "2C.3", "2C.4", "2C.5", "2D", "2D.1", "2D.2", "2D.3", "2D.4",
				"2E", "2E.1", "2E.2", "2E.3", "2E.4", "2E.5", "2E.6");
		for (MeasureReportGroupComponent g : report.getGroup()) {
			assertThat(g.getCode().getCodingFirstRep().getSystem()).isEqualTo(CS_FACTOR);
			if (g.getCode().getCodingFirstRep().getCode().contains(".")) {
				assertThat(g.getPopulation()).extracting(p -> p.getCode().getCodingFirstRep().getCode())
						.containsExactly("denominator", "numerator");
				assertThat(g.getExtensionByUrl(EXT_MOC_OUTCOME)).isNotNull();
				assertThat(g.getExtensionByUrl(EXT_MOC_REASON)).isNotNull();
			}
		}

		// What the story does: HRAs on time and shared, transitions handled, the ICT at work.
		for (String met : List.of("2B.2", "2B.3", "2B.4", "2C.1", "2C.3", "2C.4", "2C.5", "2D.1", "2D.2", "2D.3", "2D.4",
				"2E.1", "2E.2", "2E.3", "2E.4", "2E.5", "2E.6")) {
			assertFactor(report, met, "met", 1, 1);
		}
		// What it misses: no ICP revision after the reassessment or the discharge, and a lapsed yearly training.
		assertFactor(report, "2B.1", "not-met", 1, 0);
		assertFactor(report, "2C.2", "not-met", 1, 0);
		assertFactor(report, "2A.5", "not-met", 1, 0);
		assertThat(reason(report, "2A.5")).contains("2026-09-30");
		assertThat(evidence(report, "2E.3")).contains("Communication/moc-example-comm-icp-transfer-discharge");

		assertThat(group(report, "2A").hasMeasureScore()).isFalse();
		assertThat(score(report, "2B")).isEqualTo(80);
		assertThat(score(report, "2C")).isEqualTo(80);
		assertThat(score(report, "2D")).isEqualTo(100);
		assertThat(score(report, "2E")).isEqualTo(100);
		assertThat(report.getEvaluatedResource()).extracting(Reference::getReference)
				.contains("Coverage/moc-example-enrollment", "QuestionnaireResponse/moc-example-hra-reassessment",
						"Communication/moc-example-comm-phi-access", "Location/moc-example-snf-location");
	}

	@Test
	void hraOnDayNinetyOneMissesTheInitialWindow() {
		String patient = stories.patient();
		stories.enrollment(patient, "2026-01-01");
		stories.hra(patient, "2026-04-02");

		MeasureReport report = evaluate(patient, "2026-06-01");

		assertFactor(report, "2B.3", "not-met", 1, 0);
		assertThat(reason(report, "2B.3")).contains("enrollment date 2026-01-01");
	}

	@Test
	void hraOnDayNinetyIsOnTime() {
		String patient = stories.patient();
		stories.enrollment(patient, "2026-01-01");
		String hra = stories.hra(patient, "2026-04-01");

		MeasureReport report = evaluate(patient, "2026-06-01");

		assertFactor(report, "2B.3", "met", 1, 1);
		assertThat(evidence(report, "2B.3")).contains("QuestionnaireResponse/" + hra);
	}

	@Test
	void noHraBeforeTheDeadlineIsPending() {
		String patient = stories.patient();
		stories.enrollment(patient, "2026-03-01");

		MeasureReport report = evaluate(patient, "2026-04-01");

		assertFactor(report, "2B.3", "pending", 0, 0);
		assertThat(reason(report, "2B.3")).contains("2026-05-30");
	}

	@Test
	void everyStoredIcpVersionCounts() {
		String patient = stories.patient();
		stories.enrollment(patient, "2026-01-01");
		String first = stories.hra(patient, "2026-02-01");
		String second = stories.hra(patient, "2026-06-20");
		String icp = MocStories.newId("icp");
		stories.put(MocStories.icp(icp, patient, "2026-02-10", first));
		stories.put(MocStories.icp(icp, patient, "2026-06-25", second));

		MeasureReport report = evaluate(patient, "2026-11-01");

		// Only version 1 uses the first HRA, only version 2 the second: both must have been read.
		assertFactor(report, "2B.1", "met", 1, 1);
		assertThat(group(report, "2B.1").getExtensionsByUrl(EXT_MOC_EVIDENCE)).extracting(e -> ((Reference) e.getValue()).getDisplay())
				.contains("CarePlan/" + icp + "/_history/1", "CarePlan/" + icp + "/_history/2");
		assertThat(report.getEvaluatedResource()).extracting(Reference::getReference)
				.contains("CarePlan/" + icp + "/_history/1", "CarePlan/" + icp + "/_history/2");
	}

	@Test
	void beneficiaryWithoutEnrollmentGetsAReportSayingWhy() {
		String patient = stories.patient();

		MeasureReport report = evaluate(patient, "2026-06-01");

		assertThat(report.getGroup()).hasSize(25);
		assertFactor(report, "2B.3", "not-applicable", 0, 0);
		assertThat(reason(report, "2B.3")).contains("no active SNP enrollment");
		assertThat(group(report, "2E").hasMeasureScore()).isFalse();
	}

	@Test
	void unknownPatientIs404() {
		assertThatThrownBy(() -> evaluate("no-such-beneficiary", "2026-06-01"))
				.isInstanceOfSatisfying(ResourceNotFoundException.class,
						e -> assertThat(e.getOperationOutcome()).isInstanceOf(OperationOutcome.class));
	}

	@Test
	void impossibleOrMalformedAsOfIs400() {
		for (String asOf : List.of("2026-02-30", "abc", "2026-13-01", "2026-1-5")) {
			assertThatThrownBy(() -> evaluate("moc-example-beneficiary", asOf)).as(asOf)
					.isInstanceOfSatisfying(InvalidRequestException.class,
							e -> assertThat(e.getOperationOutcome()).isInstanceOf(OperationOutcome.class));
		}
		assertThatThrownBy(() -> client.operation().onServer().named("$moc-evaluate")
				.withParameter(Parameters.class, "asOf", new StringType("2026-02-30")).useHttpGet()
				.returnResourceType(MeasureReport.class).execute())
				.isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void asOfDefaultsToToday() {
		MeasureReport report = client.operation().onInstance("Patient/moc-example-beneficiary").named("$moc-evaluate")
				.withNoParameters(Parameters.class).useHttpGet().returnResourceType(MeasureReport.class).execute();
		assertThat(report.getPeriod().getEndElement().getValueAsString())
				.isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("America/New_York")).toString());
	}

	@Test
	void planSummaryCountsEnrolledBeneficiaries() {
		MeasureReport before = summary("2026-06-01", false);

		String onTime = stories.patient();
		stories.enrollment(onTime, "2026-01-01");
		stories.hra(onTime, "2026-02-01");
		String late = stories.patient();
		stories.enrollment(late, "2026-01-01");
		String pending = stories.patient();
		stories.enrollment(pending, "2026-05-01");
		stories.patient(); // not enrolled: not counted

		MeasureReport after = summary("2026-06-01", true);

		assertThat(after.getType()).isEqualTo(MeasureReport.MeasureReportType.SUMMARY);
		assertThat(after.hasSubject()).isFalse();
		assertThat(count(group(after, "2B.3"), "denominator") - count(group(before, "2B.3"), "denominator")).isEqualTo(2);
		assertThat(count(group(after, "2B.3"), "numerator") - count(group(before, "2B.3"), "numerator")).isEqualTo(1);
		MeasureReportGroupComponent hra = group(after, "2B.3");
		assertThat(hra.getMeasureScore().getValue().doubleValue())
				.isCloseTo((double) count(hra, "numerator") / count(hra, "denominator"), org.assertj.core.data.Offset.offset(0.0001));
		assertThat(after.getGroup()).as("the MOC factors and elements; plan measures of their own follow")
				.filteredOn(g -> MocCodes.CS_FACTOR.equals(g.getCode().getCodingFirstRep().getSystem())).hasSize(31);
		for (String staff : List.of("2A.1", "2A.2", "2A.3", "2A.4", "2A.5", "2A.6", "2A.7")) {
			assertThat(count(group(after, staff), "denominator")).as(staff).isPositive();
		}
		assertThat(after.getExtensionByUrl(EXT_MOC_PLAN_THRESHOLD)).isNotNull();
		assertThat(group(after, "2B").hasMeasureScore()).isTrue();
	}

	private MeasureReport evaluate(String patient, String asOf) {
		return client.operation().onInstance("Patient/" + patient).named("$moc-evaluate")
				.withParameter(Parameters.class, "asOf", new StringType(asOf)).useHttpGet()
				.returnResourceType(MeasureReport.class).execute();
	}

	private MeasureReport summary(String asOf, boolean post) {
		var op = client.operation().onServer().named("$moc-evaluate")
				.withParameter(Parameters.class, "asOf", new DateType(asOf));
		return post ? op.returnResourceType(MeasureReport.class).execute()
				: op.useHttpGet().returnResourceType(MeasureReport.class).execute();
	}

	static MeasureReportGroupComponent group(MeasureReport report, String code) {
		return report.getGroup().stream().filter(g -> code.equals(g.getCode().getCodingFirstRep().getCode()))
				.findFirst().orElseThrow(() -> new AssertionError("no group " + code));
	}

	static int score(MeasureReport report, String code) {
		assertThat(group(report, code).getMeasureScore().getUnit()).isEqualTo("%");
		return group(report, code).getMeasureScore().getValue().intValueExact();
	}

	static String reason(MeasureReport report, String code) {
		return group(report, code).getExtensionByUrl(EXT_MOC_REASON).getValue().primitiveValue();
	}

	static List<String> evidence(MeasureReport report, String code) {
		return group(report, code).getExtensionsByUrl(EXT_MOC_EVIDENCE).stream()
				.map(e -> ((Reference) e.getValue()).getReference()).toList();
	}

	static int count(MeasureReportGroupComponent group, String population) {
		return group.getPopulation().stream()
				.filter(p -> "http://terminology.hl7.org/CodeSystem/measure-population".equals(p.getCode().getCodingFirstRep().getSystem()))
				.filter(p -> population.equals(p.getCode().getCodingFirstRep().getCode()))
				.findFirst().orElseThrow().getCount();
	}

	static void assertFactor(MeasureReport report, String code, String outcome, int denominator, int numerator) {
		MeasureReportGroupComponent g = group(report, code);
		assertThat(((CodeType) g.getExtensionByUrl(EXT_MOC_OUTCOME).getValue()).getValue())
				.as(code + ": " + reason(report, code)).isEqualTo(outcome);
		assertThat(count(g, "denominator")).as(code + " denominator").isEqualTo(denominator);
		assertThat(count(g, "numerator")).as(code + " numerator").isEqualTo(numerator);
	}
}
