package org.snpmoc.compliance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.contract.MocCodes.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorRegistry;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.MocPolicy;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;

class IndividualReportBuilderTest {
	private static final EvaluationContext AS_OF =
			new EvaluationContext(LocalDate.parse("2026-11-01"), ZoneId.of("America/New_York"));
	private static final List<String> CODES = List.of("2A", "2A.5", "2B", "2B.1", "2B.2", "2B.3", "2B.4",
			"2C", "2C.1", "2C.2", "2C.3", "2C.4", "2C.5", "2D", "2D.1", "2D.2", "2D.3", "2D.4",
			"2E", "2E.1", "2E.2", "2E.3", "2E.4", "2E.5", "2E.6");

	private final PatientRecord record = ExampleStory.record();
	private final FactorRegistry registry = new FactorRegistry(new MocPolicy());

	@Test
	void exampleStoryReportHasTheContractShape() {
		MeasureReport report = build(evaluate());

		assertThat(report.getStatus()).isEqualTo(MeasureReport.MeasureReportStatus.COMPLETE);
		assertThat(report.getType()).isEqualTo(MeasureReport.MeasureReportType.INDIVIDUAL);
		assertThat(report.getSubject().getReference()).isEqualTo("Patient/moc-example-beneficiary");
		assertThat(report.getMeasure()).isEqualTo(MEASURE_CARE_COORDINATION);
		assertThat(report.getPeriod().getStartElement().getValueAsString()).isEqualTo("2025-11-02");
		assertThat(report.getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-11-01");
		assertThat(report.getGroup()).extracting(g -> g.getCode().getCodingFirstRep().getCode()).containsExactlyElementsOf(CODES);
		assertThat(report.getGroup()).allSatisfy(g -> assertThat(g.getCode().getCodingFirstRep().getSystem()).isEqualTo(CS_FACTOR));
		for (MeasureReportGroupComponent group : report.getGroup()) {
			boolean factor = group.getCode().getCodingFirstRep().getCode().contains(".");
			assertThat(group.getPopulation()).hasSize(factor ? 2 : 0);
			assertThat(group.getExtensionByUrl(EXT_MOC_OUTCOME) != null).isEqualTo(factor);
		}
	}

	@Test
	void exampleStoryOutcomesAndBandsOnTheFirstOfNovember() {
		MeasureReport report = build(evaluate());

		// Met factors: judged and met.
		assertFactor(report, "2B.3", "met", 1, 1);
		assertFactor(report, "2D.3", "met", 1, 1);
		assertFactor(report, "2E.1", "met", 1, 1);
		// The story has one ICP version: nothing followed the reassessment of 2026-06-20 or the discharge of 2026-06-05.
		assertFactor(report, "2B.1", "not-met", 1, 0);
		assertFactor(report, "2C.2", "not-met", 1, 0);
		assertThat(reason(report, "2B.1")).contains("2026-06-20");
		// The care coordinator's yearly training fell due 2026-09-30.
		assertFactor(report, "2A.5", "not-met", 1, 0);
		assertThat(group(report, "2B.3").getExtensionsByUrl(EXT_MOC_EVIDENCE)).extracting(e -> ((Reference) e.getValue()).getReference())
				.contains("Coverage/moc-example-enrollment", "QuestionnaireResponse/moc-example-hra-initial");

		assertThat(group(report, "2A").hasMeasureScore()).isFalse();
		assertThat(score(report, "2B")).isEqualTo(80);
		assertThat(score(report, "2C")).isEqualTo(80);
		assertThat(score(report, "2D")).isEqualTo(100);
		assertThat(score(report, "2E")).isEqualTo(100);
		assertThat(group(report, "2B").getMeasureScore().getUnit()).isEqualTo("%");

		assertThat(report.getEvaluatedResource()).extracting(Reference::getReference)
				.contains("Patient/moc-example-beneficiary", "Coverage/moc-example-enrollment", "CarePlan/moc-example-icp",
						"PractitionerRole/moc-example-role-care-coordinator-1", "Location/moc-example-snf-location");
	}

	@Test
	void pendingCountsInNeitherPopulationAndAnAllNotApplicableElementHasNoScore() {
		List<FactorResult> results = new ArrayList<>();
		for (String code : registry.beneficiaryFactorCodes()) {
			Outcome outcome = code.startsWith("2E") ? Outcome.NOT_APPLICABLE
					: code.equals("2B.3") ? Outcome.PENDING
					: code.equals("2B.2") ? Outcome.MET_BY_OUTREACH
					: code.startsWith("2C") ? Outcome.NOT_MET : Outcome.MET;
			results.add(FactorResult.of(code, outcome, "because", List.of("Patient/moc-example-beneficiary")));
		}
		MeasureReport report = build(results);

		assertFactor(report, "2B.3", "pending", 0, 0);
		assertFactor(report, "2B.2", "met-by-outreach", 1, 1);
		assertFactor(report, "2E.1", "not-applicable", 0, 0);
		assertThat(score(report, "2B")).isEqualTo(100);
		assertThat(score(report, "2C")).isEqualTo(0);
		assertThat(group(report, "2E").hasMeasureScore()).isFalse();
	}

	private List<FactorResult> evaluate() {
		return registry.beneficiaryFactors().stream().map(f -> f.evaluate(record, AS_OF)).toList();
	}

	private MeasureReport build(List<FactorResult> results) {
		return IndividualReportBuilder.build(record, AS_OF, results, new Date());
	}

	static MeasureReportGroupComponent group(MeasureReport report, String code) {
		return report.getGroup().stream().filter(g -> code.equals(g.getCode().getCodingFirstRep().getCode())).findFirst().orElseThrow();
	}

	static int score(MeasureReport report, String code) {
		return group(report, code).getMeasureScore().getValue().intValueExact();
	}

	static String reason(MeasureReport report, String code) {
		return group(report, code).getExtensionByUrl(EXT_MOC_REASON).getValue().primitiveValue();
	}

	static void assertFactor(MeasureReport report, String code, String outcome, int denominator, int numerator) {
		MeasureReportGroupComponent group = group(report, code);
		assertThat(((CodeType) group.getExtensionByUrl(EXT_MOC_OUTCOME).getValue()).getValue()).as(code).isEqualTo(outcome);
		assertThat(count(group, "denominator")).as(code + " denominator").isEqualTo(denominator);
		assertThat(count(group, "numerator")).as(code + " numerator").isEqualTo(numerator);
	}

	static int count(MeasureReportGroupComponent group, String population) {
		return group.getPopulation().stream()
				.filter(p -> p.getCode().getCodingFirstRep().getSystem().equals(ReportParts.MEASURE_POPULATION))
				.filter(p -> population.equals(p.getCode().getCodingFirstRep().getCode()))
				.findFirst().orElseThrow().getCount();
	}
}
