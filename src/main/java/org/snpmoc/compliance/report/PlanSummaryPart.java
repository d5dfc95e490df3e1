package org.snpmoc.compliance.report;

import org.hl7.fhir.r4.model.MeasureReport;
import org.snpmoc.compliance.EvaluationContext;

/** A plan-level measure of its own, appended to the plan summary as a group after the MOC factors and elements. */
public interface PlanSummaryPart {
	void addTo(MeasureReport summary, EvaluationContext context);
}
