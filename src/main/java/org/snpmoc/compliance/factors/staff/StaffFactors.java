package org.snpmoc.compliance.factors.staff;

import java.util.List;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.MocPolicy;

/** The staff-structure checks of element 2A, built from the policy. */
public final class StaffFactors {
	private StaffFactors() {}

	/** The seven plan-level checks 2A.1–2A.7 over the staff roster. */
	public static List<StaffFactorEvaluator> create(MocPolicy policy) {
		return List.of(
				new Factor2A1AdministrativeFunctions(),
				new Factor2A2ClinicalFunctions(),
				new Factor2A3RoleDefinitions(),
				new Factor2A4Contingency(),
				training(policy),
				new Factor2A6TrainingRecords(),
				new Factor2A7TrainingRemediation(policy.getTrainingInitialDays(), policy.getTrainingRenewalDays()));
	}

	/** 2A.5 for one beneficiary's report, over the staff on their ICT. */
	public static FactorEvaluator patientTraining(MocPolicy policy) {
		return training(policy);
	}

	private static Factor2A5StaffTraining training(MocPolicy policy) {
		return new Factor2A5StaffTraining(policy.getTrainingInitialDays(), policy.getTrainingRenewalDays());
	}
}
