package org.snpmoc.compliance.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;

/** Beneficiary counts per factor and outcome, folded in one beneficiary at a time. Not thread-safe. */
public final class PlanTally {
	private final Map<String, EnumMap<Outcome, Integer>> counts = new LinkedHashMap<>();
	private int beneficiaries;

	public void add(List<FactorResult> results) {
		beneficiaries++;
		for (FactorResult result : results) {
			counts.computeIfAbsent(result.factor(), f -> new EnumMap<>(Outcome.class))
					.merge(result.outcome(), 1, Integer::sum);
		}
	}

	public int beneficiaries() {
		return beneficiaries;
	}

	public int count(String factor, Outcome outcome) {
		return counts.getOrDefault(factor, new EnumMap<>(Outcome.class)).getOrDefault(outcome, 0);
	}

	/** Met, including met by documented outreach. */
	public int met(String factor) {
		return count(factor, Outcome.MET) + count(factor, Outcome.MET_BY_OUTREACH);
	}

	/** Met plus not met: the beneficiaries for whom the factor was judged. */
	public int judged(String factor) {
		return met(factor) + count(factor, Outcome.NOT_MET);
	}
}
