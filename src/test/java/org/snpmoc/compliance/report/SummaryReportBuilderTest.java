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

	/** Ten beneficiaries: 2B.3 met by 9 (one by outreach), 2B.1 by 8, 2B.2 pending for all, the rest met. */
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
			tally.add(results);
		}
		return tally;
	}

	private List<StaffFactorResult> staff() {
		return registry.staffFactors().stream()
				.map(f -> new StaffFactorResult(FactorResult.of(f.factor(), f.factor().equals("2A.4") ? Outcome.NOT_MET : Outcome.MET,
						"staff", List.of()), 5, f.factor().equals("2A.4") ? 4 : 5))
				.toList();
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
}
