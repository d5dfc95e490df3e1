package org.snpmoc.compliance.factors.transitions;

import java.util.List;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.MocPolicy;

/** The care-transition checks of element 2E, built from the policy. */
public final class TransitionFactors {
	private TransitionFactors() {}

	public static List<FactorEvaluator> create(MocPolicy policy) {
		return List.of(
				new Factor2E1FollowUp(policy.getFollowUpDays()),
				new Factor2E2TransitionCoordinator(policy.getTransitionCoordinationDays()),
				new Factor2E3IcpTransfer(policy.getIcpTransferDays()),
				new Factor2E4PhiAccess(policy.getPhiAccessDays()),
				new Factor2E5SelfManagementEducation(policy.getEducationDays()),
				new Factor2E6PointOfContact(policy.getPointOfContactDays(), policy.getTransitionCoordinationDays()));
	}
}
