package org.snpmoc.compliance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.report.IndividualReportBuilderTest.*;
import static org.snpmoc.contract.MocCodes.EXT_MOC_PLAN_THRESHOLD;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorRegistry;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.MocPolicy;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.factors.staff.StaffFactorResult;

class SummaryReportBuilderTest {
	private static final EvaluationContext AS_OF =
			new EvaluationContext(LocalDate.parse("2026-11-01"), ZoneId.of("America/New_York"));
	private final FactorRegistry registry = new FactorRegistry(new MocPolicy());

	/**
	 * Ten beneficiaries: 2B.3 met by 9 (one by outreach), 2B.1 by 8, 2B.2 pending for all, the rest met; even ones
	 * coordinated by Practitioner/a, odd ones by Practitioner/b; the first three high risk, the others low.
	 */
	private PlanTally tally() {
		PlanTally tally = new PlanTally();
		for (int i = 0; i < 10; i++) {
			List<FactorResult> results = new ArrayList<>();
			for (String code : registry.beneficiaryFactorCodes()) {
				Outcome outcome = switch (code) {
					case "2B.3" -> i == 0 ? Outcome.NOT_MET : i == 1 ? Outcome.MET_BY_OUTREACH : Outcome.MET;
					case "2B.1" -> i < 2 ? Outcome.NOT_MET : Outcome.MET;
					case "2B.2" -> Outcome.PENDING;
					default -> code.startsWith("2E") ? Outcome.NOT_APPLICABLE : Outcome.MET;
				};
				results.add(FactorResult.of(code, outcome, "", List.of()));
			}
			tally.add(results, List.of(
					new PlanStrata.Stratum(i % 2 == 0 ? "Practitioner/a" : "Practitioner/b", i % 2 == 0 ? "Ann" : "Bo"),
					new PlanStrata.Stratum(i < 3 ? "high" : "low", i < 3 ? "High" : "Low"),
					new PlanStrata.Stratum("2026-Q1", "Enrolled in 2026 Q1")));
		}
		return tally;
	}

	/** 2A.4: 4 of 5 functions covered; 2A.5: 13 of 14 staff trained on time; 2A.6: nothing to check. */
	private List<StaffFactorResult> staff() {
		return registry.staffFactors().stream()
				.map(f -> switch (f.factor()) {
					case "2A.4" -> staffResult(f.factor(), Outcome.NOT_MET, 5, 4);
					case "2A.5" -> staffResult(f.factor(), Outcome.NOT_MET, 14, 13);
					case "2A.6" -> staffResult(f.factor(), Outcome.NOT_APPLICABLE, 0, 0);
					default -> staffResult(f.factor(), Outcome.MET, 5, 5);
				})
				.toList();
	}

	private static StaffFactorResult staffResult(String factor, Outcome outcome, int checked, int passing) {
		return new StaffFactorResult(FactorResult.of(factor, outcome, "staff", List.of()), checked, passing);
	}

	private MeasureReport report() {
		return SummaryReportBuilder.build(AS_OF, registry.planFactorCodes(), staff(), tally(), 0.9, new Date());
	}

	@Test
	void summaryHasAGroupPerElementAndPlanFactorAndNoSubject() {
		MeasureReport report = report();
		assertThat(report.getType()).isEqualTo(MeasureReport.MeasureReportType.SUMMARY);
		assertThat(report.hasSubject()).isFalse();
		assertThat(report.getGroup()).hasSize(31);
		assertThat(((DecimalType) report.getExtensionByUrl(EXT_MOC_PLAN_THRESHOLD).getValue()).getValue()).isEqualByComparingTo("0.9");
	}

	@Test
	void factorMetWhenItsRateReachesTheThreshold() {
		MeasureReport report = report();
		assertFactor(report, "2B.3", "met", 10, 9);
		assertThat(group(report, "2B.3").getMeasureScore().getValue()).isEqualByComparingTo("0.9");
		assertThat(reason(report, "2B.3")).contains("1 by documented outreach").contains("reaches the plan threshold 0.9");
		assertFactor(report, "2B.1", "not-met", 10, 8);
		assertThat(group(report, "2B.1").getMeasureScore().getValue()).isEqualByComparingTo("0.8");
	}

	@Test
	void factorNobodyWasJudgedOnHasNoRateAndIsNotApplicable() {
		MeasureReport report = report();
		assertFactor(report, "2B.2", "not-applicable", 0, 0);
		assertThat(group(report, "2B.2").hasMeasureScore()).isFalse();
		assertThat(group(report, "2E").hasMeasureScore()).isFalse();
	}

	@Test
	void elementBandsCountFactorsMet() {
		MeasureReport report = report();
		// 2B: 2B.2 not applicable counts as met, 2B.3 and 2B.4 met, 2B.1 not met: 3 of 4.
		assertThat(score(report, "2B")).isEqualTo(80);
		assertThat(score(report, "2C")).isEqualTo(100);
		// 2A: six of seven staff factors met.
		assertThat(score(report, "2A")).isEqualTo(100);
		assertFactor(report, "2A.4", "not-met", 5, 4);
	}

	@Test
	void staffFactorsAreRatedAgainstTheThresholdToo() {
		MeasureReport report = report();
		assertFactor(report, "2A.5", "met", 14, 13);
		assertThat(reason(report, "2A.5")).contains("13 of 14 passing").contains("reaches the plan threshold 0.9");
		assertFactor(report, "2A.4", "not-met", 5, 4);
		assertFactor(report, "2A.6", "not-applicable", 0, 0);
	}

	@Test
	void beneficiaryFactorsAreStratifiedAndStrataAddUpToTheGroup() {
		MeasureReport report = report();
		MeasureReport.MeasureReportGroupComponent hra = group(report, "2B.1");
		assertThat(hra.getStratifier()).extracting(s -> s.getCodeFirstRep().getCodingFirstRep().getCode())
				.containsExactly("care-coordinator", "risk-tier", "enrollment-cohort");
		for (MeasureReport.MeasureReportGroupStratifierComponent stratifier : hra.getStratifier()) {
			assertThat(stratifier.getCodeFirstRep().getCodingFirstRep().getSystem())
					.isEqualTo("http://snp-moc.org/fhir/CodeSystem/moc-stratifier");
			assertThat(stratifier.getStratum().stream().mapToInt(s -> stratumCount(s, "initial-population")).sum())
					.isEqualTo(10);
			assertThat(stratifier.getStratum().stream().mapToInt(s -> stratumCount(s, "denominator")).sum())
					.isEqualTo(count(hra, "denominator"));
			assertThat(stratifier.getStratum().stream().mapToInt(s -> stratumCount(s, "numerator")).sum())
					.isEqualTo(count(hra, "numerator"));
		}
		// 2B.1 missed by beneficiaries 0 and 1: one of each coordinator, both high risk.
		MeasureReport.StratifierGroupComponent high = hra.getStratifier().get(1).getStratum().stream()
				.filter(s -> "high".equals(s.getValue().getCodingFirstRep().getCode())).findFirst().orElseThrow();
		assertThat(high.getValue().getText()).isEqualTo("High");
		assertThat(stratumCount(high, "denominator")).isEqualTo(3);
		assertThat(stratumCount(high, "numerator")).isEqualTo(1);
		assertThat(high.getMeasureScore().getValue().doubleValue()).isEqualTo(0.3333);
		MeasureReport.StratifierGroupComponent ann = hra.getStratifier().get(0).getStratumFirstRep();
		assertThat(ann.getValue().getCodingFirstRep().getCode()).isEqualTo("Practitioner/a");
		assertThat(ann.getValue().getText()).isEqualTo("Ann");
		// Nobody judged on 2B.2: the strata count the beneficiaries but carry no score.
		MeasureReport.StratifierGroupComponent pending = group(report, "2B.2").getStratifier().get(2).getStratumFirstRep();
		assertThat(stratumCount(pending, "initial-population")).isEqualTo(10);
		assertThat(stratumCount(pending, "denominator")).isZero();
		assertThat(pending.hasMeasureScore()).isFalse();
		// Staff factors and element groups have no beneficiaries to stratify.
		assertThat(group(report, "2A.5").hasStratifier()).isFalse();
		assertThat(group(report, "2B").hasStratifier()).isFalse();
	}

	static int stratumCount(MeasureReport.StratifierGroupComponent stratum, String code) {
		return stratum.getPopulation().stream().filter(p -> code.equals(p.getCode().getCodingFirstRep().getCode()))
				.findFirst().orElseThrow().getCount();
	}
}
