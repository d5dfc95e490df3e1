package org.snpmoc.compliance.factors.icp;

import java.util.List;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.MocPolicy;

/** The checks of MOC element 2C (individualized care plan), built from the policy. */
public final class IcpFactors {
	private IcpFactors() {}

	public static List<FactorEvaluator> create(MocPolicy policy) {
		FirstIcpDeadline firstIcp = FirstIcpDeadline.of(policy);
		return List.of(
				new Factor2C1IcpContent(firstIcp, policy.getGoalFollowUpDays()),
				new Factor2C2IcpTimeliness(firstIcp, policy.getIcpReviewDays(), policy.getIcpAfterDischargeDays()),
				new Factor2C3IcpAuthorship(firstIcp),
				new Factor2C4SingleActiveIcp(firstIcp),
				new Factor2C5IcpUpdateNotices(firstIcp, policy.getIcpUpdateNoticeDays()));
	}
}
