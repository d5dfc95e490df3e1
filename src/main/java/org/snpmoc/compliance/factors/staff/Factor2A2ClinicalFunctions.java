package org.snpmoc.compliance.factors.staff;

import org.snpmoc.compliance.EvaluationContext;

/**
 * 2A.2: direct-care educators, care coordinators, pharmacists, behavioral health and clinical oversight each
 * have an active PractitionerRole.
 */
public final class Factor2A2ClinicalFunctions implements StaffFactorEvaluator {

	@Override
	public String factor() {
		return "2A.2";
	}

	@Override
	public StaffFactorResult evaluate(StaffRoster roster, EvaluationContext context) {
		return StaffedFunctions.evaluate(factor(), "clinical", StaffedFunctions.CLINICAL, roster, context);
	}
}
