package org.snpmoc.compliance.factors.staff;

import org.snpmoc.compliance.EvaluationContext;

/** 2A.1: enrollment staff, claims staff and administrative oversight each have an active PractitionerRole. */
public final class Factor2A1AdministrativeFunctions implements StaffFactorEvaluator {

	@Override
	public String factor() {
		return "2A.1";
	}

	@Override
	public StaffFactorResult evaluate(StaffRoster roster, EvaluationContext context) {
		return StaffedFunctions.evaluate(factor(), "administrative", StaffedFunctions.ADMINISTRATIVE, roster, context);
	}
}
