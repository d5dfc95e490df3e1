package org.snpmoc.compliance.factors.staff;

import org.snpmoc.compliance.EvaluationContext;

/** One 2A factor's check over the plan's staff. */
public interface StaffFactorEvaluator {

	/** The moc-factor code, e.g. "2A.1". */
	String factor();

	StaffFactorResult evaluate(StaffRoster roster, EvaluationContext context);
}
