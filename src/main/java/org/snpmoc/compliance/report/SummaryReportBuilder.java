package org.snpmoc.compliance.report;

import static org.snpmoc.contract.MocCodes.CS_STRATIFIER;
import static org.snpmoc.contract.MocCodes.EXT_MOC_PLAN_THRESHOLD;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.factors.staff.StaffFactorResult;

/**
 * The plan's MeasureReport (type summary). Beneficiary factors (2B.1–2E.6): denominator = beneficiaries met or not
 * met, numerator = met (by outreach included), score = the rate, outcome met when the rate reaches the plan
 * threshold (not-applicable when nobody was judged). Staff factors (2A.1–2A.7) are rated the same way over the
 * functions, roles or staff members checked and passing, as the contract's summary asks. Element bands
 * count a not-applicable factor as met and give no score when every factor is not applicable. The threshold is
 * stated on the report in the IG's moc-plan-threshold extension and in each beneficiary factor's reason. Each
 * beneficiary factor is stratified by care coordinator, risk tier and enrollment cohort ({@link PlanStrata}).
 */
public final class SummaryReportBuilder {

	private SummaryReportBuilder() {}

	public static MeasureReport build(EvaluationContext context, List<String> factorCodes, List<StaffFactorResult> staff,
			PlanTally tally, double threshold, Date now) {
		MeasureReport report = ReportParts.report(MeasureReport.MeasureReportType.SUMMARY, context, now);
		report.addExtension(EXT_MOC_PLAN_THRESHOLD, new DecimalType(BigDecimal.valueOf(threshold)));

		Map<String, StaffFactorResult> staffByFactor = new LinkedHashMap<>();
		staff.forEach(s -> staffByFactor.put(s.factor(), s));
		Map<String, List<String>> byElement = new LinkedHashMap<>();
		ScoreBands.ELEMENTS.forEach(e -> byElement.put(e, new ArrayList<>()));
		factorCodes.forEach(f -> byElement.get(ScoreBands.elementOf(f)).add(f));

		for (var element : byElement.entrySet()) {
			MeasureReportGroupComponent elementGroup = ReportParts.group(report, element.getKey());
			List<Outcome> outcomes = new ArrayList<>();
			for (String factor : element.getValue()) {
				StaffFactorResult staffResult = staffByFactor.get(factor);
				outcomes.add(staffResult != null
						? staffGroup(report, staffResult, threshold)
						: beneficiaryGroup(report, factor, tally, threshold));
			}
			OptionalInt score = ScoreBands.score(element.getKey(), outcomes);
			long met = outcomes.stream().filter(Outcome::countsAsMetForBand).count();
			if (score.isPresent()) {
				ReportParts.percentScore(elementGroup, score.getAsInt());
				ReportParts.reason(elementGroup, met + " of " + outcomes.size()
						+ " factors met (not-applicable factors count as met)");
			} else {
				ReportParts.reason(elementGroup, "no score: none of the element's factors applies");
			}
		}
		return report;
	}

	/** A summary's period: the look-back year ending asOf. */
	public static org.hl7.fhir.r4.model.Period period(EvaluationContext context) {
		return ReportParts.period(context);
	}

	private static Outcome beneficiaryGroup(MeasureReport report, String factor, PlanTally tally, double threshold) {
		MeasureReportGroupComponent group = ReportParts.group(report, factor);
		int judged = tally.judged(factor);
		Verdict verdict = rate(group, judged, tally.met(factor), threshold, "beneficiary");
		stratifiers(group, factor, tally);
		ReportParts.reason(group, tally.met(factor) + " of " + judged + " beneficiaries judged met this factor ("
				+ tally.count(factor, Outcome.MET_BY_OUTREACH) + " by documented outreach); "
				+ tally.count(factor, Outcome.PENDING) + " pending, " + tally.count(factor, Outcome.NOT_APPLICABLE)
				+ " not applicable, of " + tally.beneficiaries() + " enrolled; " + verdict.text());
		return verdict.outcome();
	}

	/**
	 * One stratifier per moc-stratifier code; each stratum (in code order) with its beneficiaries (initial
	 * population), those judged (denominator) and met (numerator), and the rate as score when any was judged.
	 */
	private static void stratifiers(MeasureReportGroupComponent group, String factor, PlanTally tally) {
		for (String stratifier : PlanStrata.STRATIFIERS) {
			MeasureReportGroupStratifierComponent component = group.addStratifier();
			component.addCode(new CodeableConcept().addCoding(new Coding(CS_STRATIFIER, stratifier, null)));
			tally.strata(stratifier).forEach((code, counts) -> {
				StratifierGroupComponent stratum = component.addStratum();
				stratum.setValue(new CodeableConcept().addCoding(new Coding(null, code, null)).setText(counts.label()));
				int judged = counts.judged(factor);
				ReportParts.stratumPopulations(stratum, counts.beneficiaries(), judged, counts.met(factor));
				if (judged > 0) {
					stratum.setMeasureScore(ReportParts.rate(BigDecimal.valueOf(counts.met(factor))
							.divide(BigDecimal.valueOf(judged), 4, RoundingMode.HALF_UP)));
				}
			});
		}
	}

	/** Staff factors are rated like the others, over the functions, roles or staff members checked. */
	private static Outcome staffGroup(MeasureReport report, StaffFactorResult staff, double threshold) {
		FactorResult result = staff.result();
		MeasureReportGroupComponent group = ReportParts.group(report, staff.factor());
		Verdict verdict = rate(group, staff.checked(), staff.passing(), threshold, "staff check");
		ReportParts.reason(group, result.reason() + "; " + staff.passing() + " of " + staff.checked() + " passing; "
				+ verdict.text());
		ReportParts.evidence(group, result.evidence());
		return verdict.outcome();
	}

	private record Verdict(Outcome outcome, String text) {}

	/** Populations, the rate as score, and met when the rate reaches the threshold (not-applicable when none judged). */
	private static Verdict rate(MeasureReportGroupComponent group, int judged, int met, double threshold, String unit) {
		ReportParts.populations(group, judged, met);
		Verdict verdict;
		if (judged == 0) {
			verdict = new Verdict(Outcome.NOT_APPLICABLE, "no " + unit + " was judged");
		} else {
			BigDecimal rate = BigDecimal.valueOf(met).divide(BigDecimal.valueOf(judged), 4, RoundingMode.HALF_UP);
			ReportParts.rateScore(group, rate);
			boolean reaches = met >= threshold * judged - 1e-9;
			verdict = new Verdict(reaches ? Outcome.MET : Outcome.NOT_MET, "rate " + rate.stripTrailingZeros().toPlainString()
					+ (reaches ? " reaches" : " is below") + " the plan threshold "
					+ BigDecimal.valueOf(threshold).stripTrailingZeros().toPlainString());
		}
		ReportParts.outcome(group, verdict.outcome());
		return verdict;
	}
}
