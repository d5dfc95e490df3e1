package org.snpmoc.analytics;

import static org.snpmoc.contract.MocCodes.ID_PLAN_SUMMARY;
import static org.snpmoc.contract.MocCodes.MEASURE_CARE_COORDINATION;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.api.model.DaoMethodOutcome;
import java.util.Date;
import org.hl7.fhir.r4.model.MeasureReport;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.report.SummaryReportBuilder;
import org.snpmoc.conformance.TrustedWrites;
import org.springframework.stereotype.Component;

/**
 * The stored plan summaries: one MeasureReport per period, found by its identifier (the asOf date), so storing a
 * period again replaces the earlier report. They are searched like any MeasureReport ({@code measure}, {@code period},
 * {@code status}, {@code identifier}).
 */
@Component
public class PlanReports {
	private final DaoRegistry daos;

	public PlanReports(DaoRegistry daos) {
		this.daos = daos;
	}

	static String identifierValue(EvaluationContext context) {
		return context.asOf().toString();
	}

	private static String match(EvaluationContext context) {
		return "MeasureReport?identifier=" + ID_PLAN_SUMMARY + "|" + identifierValue(context);
	}

	/** Stores the complete summary of a period (replacing the one stored before); answers "MeasureReport/id". */
	public String store(MeasureReport report, EvaluationContext context) {
		report.getIdentifier().clear();
		report.addIdentifier().setSystem(ID_PLAN_SUMMARY).setValue(identifierValue(context));
		DaoMethodOutcome outcome = dao().update(report, match(context), TrustedWrites.request());
		return "MeasureReport/" + outcome.getId().getIdPart();
	}

	/**
	 * Claims a period for a scheduled run: creates its report as pending, unless a report of the period exists.
	 * The create is conditional on the identifier, which HAPI keeps unique in the database, so of several instances
	 * claiming at once one succeeds. True when this call created it.
	 */
	public boolean claim(EvaluationContext context) {
		MeasureReport pending = new MeasureReport();
		pending.setStatus(MeasureReport.MeasureReportStatus.PENDING);
		pending.setType(MeasureReport.MeasureReportType.SUMMARY);
		pending.setMeasure(MEASURE_CARE_COORDINATION);
		pending.setDate(new Date());
		pending.setPeriod(SummaryReportBuilder.period(context));
		pending.addIdentifier().setSystem(ID_PLAN_SUMMARY).setValue(identifierValue(context));
		try {
			DaoMethodOutcome outcome = dao().create(pending, match(context).substring("MeasureReport?".length()),
					TrustedWrites.request());
			return Boolean.TRUE.equals(outcome.getCreated());
		} catch (ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException e) {
			// Another instance created it in the same moment.
			return false;
		}
	}

	private IFhirResourceDao<MeasureReport> dao() {
		return daos.getResourceDao(MeasureReport.class);
	}
}
