package org.snpmoc.compliance.report;

import static org.snpmoc.contract.MocCodes.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.Outcome;

/** The pieces both MeasureReports share: header, group codes, populations and the IG's group extensions. */
final class ReportParts {
	static final String MEASURE_POPULATION = "http://terminology.hl7.org/CodeSystem/measure-population";
	static final String UCUM = "http://unitsofmeasure.org";

	private ReportParts() {}

	/** status complete, the measure, the date, and the look-back year [asOf − 364 days, asOf] as the period. */
	static MeasureReport report(MeasureReport.MeasureReportType type, EvaluationContext context, Date now) {
		MeasureReport report = new MeasureReport();
		report.setStatus(MeasureReport.MeasureReportStatus.COMPLETE);
		report.setType(type);
		report.setMeasure(MEASURE_CARE_COORDINATION);
		report.setDate(now);
		report.setPeriod(period(context));
		return report;
	}

	/** The look-back year [asOf − 364 days, asOf]. */
	static Period period(EvaluationContext context) {
		return new Period().setStartElement(day(context.lookBackStart().plusDays(1))).setEndElement(day(context.asOf()));
	}

	static DateTimeType day(LocalDate date) {
		return new DateTimeType(date.toString());
	}

	static MeasureReportGroupComponent group(MeasureReport report, String code) {
		MeasureReportGroupComponent group = report.addGroup();
		group.setCode(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(CS_FACTOR, code, null)));
		return group;
	}

	static void populations(MeasureReportGroupComponent group, int denominator, int numerator) {
		group.addPopulation().setCount(denominator).setCode(new CodeableConcept()
				.addCoding(new org.hl7.fhir.r4.model.Coding(MEASURE_POPULATION, "denominator", "Denominator")));
		group.addPopulation().setCount(numerator).setCode(new CodeableConcept()
				.addCoding(new org.hl7.fhir.r4.model.Coding(MEASURE_POPULATION, "numerator", "Numerator")));
	}

	/** A stratum's initial population (its beneficiaries), denominator and numerator. */
	static void stratumPopulations(MeasureReport.StratifierGroupComponent stratum, int initial, int denominator,
			int numerator) {
		stratum.addPopulation().setCount(initial).setCode(new CodeableConcept().addCoding(
				new org.hl7.fhir.r4.model.Coding(MEASURE_POPULATION, "initial-population", "Initial Population")));
		stratum.addPopulation().setCount(denominator).setCode(new CodeableConcept()
				.addCoding(new org.hl7.fhir.r4.model.Coding(MEASURE_POPULATION, "denominator", "Denominator")));
		stratum.addPopulation().setCount(numerator).setCode(new CodeableConcept()
				.addCoding(new org.hl7.fhir.r4.model.Coding(MEASURE_POPULATION, "numerator", "Numerator")));
	}

	static void outcome(MeasureReportGroupComponent group, Outcome outcome) {
		group.addExtension(EXT_MOC_OUTCOME, new CodeType(outcome.code()));
	}

	static void reason(MeasureReportGroupComponent group, String reason) {
		if (reason != null && !reason.isBlank()) {
			group.addExtension(EXT_MOC_REASON, new StringType(reason));
		}
	}

	/**
	 * HAPI writes references in extensions without their version, so a reference to one stored version (an ICP
	 * revision) also names that version in its display.
	 */
	static void evidence(MeasureReportGroupComponent group, Iterable<String> references) {
		references.forEach(ref -> {
			Reference reference = new Reference(ref);
			if (ref.contains("/_history/")) {
				reference.setDisplay(ref);
			}
			group.addExtension(EXT_MOC_EVIDENCE, reference);
		});
	}

	/** An element's band in percent. */
	static void percentScore(MeasureReportGroupComponent group, int percent) {
		group.setMeasureScore(new Quantity().setValue(percent).setUnit("%").setSystem(UCUM).setCode("%"));
	}

	/** A factor's rate, 0 to 1. */
	static void rateScore(MeasureReportGroupComponent group, BigDecimal rate) {
		group.setMeasureScore(rate(rate));
	}

	static Quantity rate(BigDecimal rate) {
		return new Quantity().setValue(rate).setUnit("1").setSystem(UCUM).setCode("1");
	}
}
