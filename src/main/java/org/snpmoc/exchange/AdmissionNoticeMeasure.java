package org.snpmoc.exchange;

import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.param.TokenParam;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FhirStore;
import org.snpmoc.compliance.report.PlanSummaryPart;
import org.snpmoc.contract.MocCodes;
import org.springframework.stereotype.Component;

/**
 * The plan summary's admission-notice group (moc-plan-measure#admission-notice-timeliness, measure
 * moc-admission-notices), not a MOC factor: notices due over the year, sent on time (numerator), sent late,
 * unsent and overdue, and the on-time rate as score. Only when States are configured.
 */
@Component
class AdmissionNoticeMeasure implements PlanSummaryPart {
	static final String GROUP = "admission-notice-timeliness";
	private static final String MEASURE_POPULATION = "http://terminology.hl7.org/CodeSystem/measure-population";

	private final FhirStore store;
	private final ExchangeProperties properties;

	AdmissionNoticeMeasure(FhirStore store, ExchangeProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	@Override
	public void addTo(MeasureReport summary, EvaluationContext context) {
		if (properties.states().isEmpty()) {
			return;
		}
		SearchParameterMap map = SearchParameterMap.newSynchronous()
				.add(Communication.SP_CATEGORY, new TokenParam(MocCodes.CS_COMMUNICATION, MocCodes.STATE_ADMISSION_NOTICE));
		List<Communication> notices = store.search("Communication", map).stream().map(Communication.class::cast).toList();
		NoticeTimeliness tally = NoticeTimeliness.of(notices, context, Instant.now());
		group(summary.addGroup(), tally);
	}

	static void group(MeasureReportGroupComponent group, NoticeTimeliness tally) {
		group.setCode(new CodeableConcept(new Coding(MocCodes.CS_PLAN_MEASURE, GROUP, "Admission notice timeliness")));
		population(group, MEASURE_POPULATION, "denominator", "Notices due", tally.due());
		population(group, MEASURE_POPULATION, "numerator", "Sent on time", tally.onTime());
		population(group, MocCodes.CS_PLAN_MEASURE, "late", "Sent late", tally.late());
		population(group, MocCodes.CS_PLAN_MEASURE, "unsent-overdue", "Unsent past due", tally.unsentOverdue());
		if (tally.rate() != null) {
			group.setMeasureScore(new Quantity().setValue(tally.rate()).setUnit("1")
					.setSystem("http://unitsofmeasure.org").setCode("1"));
		}
		group.addExtension(MocCodes.EXT_MOC_REASON, new StringType(tally.due() == 0
				? "no admission notice was due in the year"
				: tally.onTime() + " of " + tally.due() + " admission notices due were sent on time; " + tally.late()
						+ " late, " + tally.unsentOverdue() + " unsent past due; " + tally.notYetDue() + " not yet due"));
	}

	private static void population(MeasureReportGroupComponent group, String system, String code, String display, int count) {
		group.addPopulation().setCount(count).setCode(new CodeableConcept(new Coding(system, code, display)));
	}
}
