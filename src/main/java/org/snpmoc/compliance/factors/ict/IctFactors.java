package org.snpmoc.compliance.factors.ict;

import java.util.List;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.MocPolicy;

/** The ICT checks of element 2D, built from the policy. */
public final class IctFactors {
	private IctFactors() {}

	public static List<FactorEvaluator> create(MocPolicy policy) {
		return List.of(
				new Factor2D1IctComposition(policy.getInitialHraDays(), policy.getHraToIctDays(), policy.getNeedRoles()),
				new Factor2D2IctRoles(policy.getInitialHraDays(), policy.getHraToIctDays()),
				new Factor2D3IctReview(policy.getIctMeetingDays()),
				new Factor2D4IctCommunication(policy.getIctMeetingDays()));
	}
}
