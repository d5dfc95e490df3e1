package org.snpmoc.compliance;

import java.util.ArrayList;
import java.util.List;
import org.snpmoc.compliance.factors.hra.HraFactors;
import org.snpmoc.compliance.factors.icp.IcpFactors;
import org.snpmoc.compliance.factors.ict.IctFactors;
import org.snpmoc.compliance.factors.staff.StaffFactorEvaluator;
import org.snpmoc.compliance.factors.staff.StaffFactors;
import org.snpmoc.compliance.factors.transitions.TransitionFactors;
import org.springframework.stereotype.Component;

/**
 * Every factor check, built once from the policy: those run for each beneficiary (2A.5 and 2B.1–2E.6, in code
 * order) and the plan-level staff checks (2A.1–2A.7). The checks are stateless, so one set serves all requests.
 */
@Component
public class FactorRegistry {
	private final List<FactorEvaluator> beneficiaryFactors;
	private final List<StaffFactorEvaluator> staffFactors;

	public FactorRegistry(MocPolicy policy) {
		List<FactorEvaluator> factors = new ArrayList<>();
		factors.add(StaffFactors.patientTraining(policy));
		factors.addAll(HraFactors.create(policy));
		factors.addAll(IcpFactors.create(policy));
		factors.addAll(IctFactors.create(policy));
		factors.addAll(TransitionFactors.create(policy));
		this.beneficiaryFactors = List.copyOf(factors);
		this.staffFactors = List.copyOf(StaffFactors.create(policy));
	}

	public List<FactorEvaluator> beneficiaryFactors() {
		return beneficiaryFactors;
	}

	public List<StaffFactorEvaluator> staffFactors() {
		return staffFactors;
	}

	/** The factor codes a beneficiary's report carries, in order. */
	public List<String> beneficiaryFactorCodes() {
		return beneficiaryFactors.stream().map(FactorEvaluator::factor).toList();
	}

	/** The factor codes of the plan summary: 2A.1–2A.7, then 2B.1–2E.6. */
	public List<String> planFactorCodes() {
		List<String> codes = new ArrayList<>(staffFactors.stream().map(StaffFactorEvaluator::factor).toList());
		beneficiaryFactors.stream().map(FactorEvaluator::factor).filter(f -> !f.startsWith("2A")).forEach(codes::add);
		return codes;
	}
}
