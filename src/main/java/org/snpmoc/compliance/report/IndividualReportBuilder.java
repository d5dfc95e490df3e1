package org.snpmoc.compliance.report;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;

/**
 * A beneficiary's MeasureReport (type individual): per element, a group with the band in percent followed by a
 * group per factor with its populations (denominator 1 when judged, numerator 1 when met), outcome, reason and
 * evidence. Element 2A carries no score here: it is a plan-level element, of which the beneficiary's report holds
 * 2A.5 alone.
 */
public final class IndividualReportBuilder {
	static final String NO_2A_SCORE = "element 2A is scored for the plan's staff (system-level $moc-evaluate); "
			+ "this report carries 2A.5 for the staff on the beneficiary's ICT";

	private IndividualReportBuilder() {}

	public static MeasureReport build(PatientRecord record, EvaluationContext context, List<FactorResult> results, Date now) {
		MeasureReport report = ReportParts.report(MeasureReport.MeasureReportType.INDIVIDUAL, context, now);
		report.setSubject(new Reference(record.patientKey()));

		Map<String, List<FactorResult>> byElement = new LinkedHashMap<>();
		ScoreBands.ELEMENTS.forEach(e -> byElement.put(e, new ArrayList<>()));
		results.forEach(r -> byElement.get(ScoreBands.elementOf(r.factor())).add(r));

		for (var element : byElement.entrySet()) {
			MeasureReportGroupComponent group = ReportParts.group(report, element.getKey());
			elementScore(group, element.getKey(), element.getValue());
			element.getValue().forEach(result -> factorGroup(report, result));
		}
		evaluatedResources(record, results).forEach(ref -> report.addEvaluatedResource(new Reference(ref)));
		return report;
	}

	private static void elementScore(MeasureReportGroupComponent group, String element, List<FactorResult> results) {
		if ("2A".equals(element)) {
			ReportParts.reason(group, NO_2A_SCORE);
			return;
		}
		List<Outcome> outcomes = results.stream().map(FactorResult::outcome).toList();
		OptionalInt score = ScoreBands.score(element, outcomes);
		long met = outcomes.stream().filter(Outcome::countsAsMetForBand).count();
		if (score.isPresent()) {
			ReportParts.percentScore(group, score.getAsInt());
			ReportParts.reason(group, met + " of " + outcomes.size()
					+ " factors met (pending and not-applicable factors count as met)");
		} else {
			ReportParts.reason(group, "no score: none of the element's factors applies to the beneficiary");
		}
	}

	private static void factorGroup(MeasureReport report, FactorResult result) {
		MeasureReportGroupComponent group = ReportParts.group(report, result.factor());
		ReportParts.populations(group, result.outcome().isJudged() ? 1 : 0, result.outcome().isMet() ? 1 : 0);
		ReportParts.outcome(group, result.outcome());
		ReportParts.reason(group, result.reason());
		ReportParts.evidence(group, result.evidence());
	}

	/** Every resource of the record the checks read, each version of a revised ICP, and any other evidence. */
	private static Set<String> evaluatedResources(PatientRecord record, List<FactorResult> results) {
		Set<String> refs = new LinkedHashSet<>();
		record.all(Resource.class).forEach(r -> refs.add(PatientRecord.key(r)));
		Map<String, Long> versionsPerPlan = record.carePlanVersions().stream()
				.collect(java.util.stream.Collectors.groupingBy(PatientRecord::key, java.util.stream.Collectors.counting()));
		record.carePlanVersions().stream()
				.filter(v -> versionsPerPlan.get(PatientRecord.key(v)) > 1)
				.forEach(v -> refs.add(PatientRecord.versionKey(v)));
		results.forEach(r -> refs.addAll(r.evidence()));
		return refs;
	}
}
