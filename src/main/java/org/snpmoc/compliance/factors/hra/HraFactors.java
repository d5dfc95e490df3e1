package org.snpmoc.compliance.factors.hra;

import java.util.List;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.MocPolicy;

/** The checks of MOC element 2B (health risk assessment), built from the policy. */
public final class HraFactors {
	private HraFactors() {}

	public static List<FactorEvaluator> create(MocPolicy policy) {
		return List.of(
				new Factor2B1IcpAfterHra(policy.getIcpAfterHraDays()),
				new Factor2B2HraToIct(policy.getHraToIctDays()),
				new Factor2B3HraTimeliness(policy.getInitialHraDays(), policy.getHraReassessmentDays(),
						policy.getHraAfterDischargeDays(), policy.getOutreachAttempts()),
				new Factor2B4RiskStratification(policy.getStratificationDays()));
	}
}
