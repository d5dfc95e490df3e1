package org.snpmoc.compliance.report;

import ca.uhn.fhir.model.api.IModelJson;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.report.PlanStrata.Stratum;

/**
 * Beneficiary counts per factor and outcome, for the plan and for each stratum of each stratifier, folded in one
 * beneficiary at a time. Only counts are kept (never the beneficiaries), so a tally stays small whatever the plan's
 * size; tallies of parts of the plan merge into the tally of the whole. Serialized as JSON between the steps of the
 * plan evaluation job. Not thread-safe.
 */
public final class PlanTally implements IModelJson {
	@JsonProperty("beneficiaries")
	private int beneficiaries;
	@JsonProperty("counts")
	private Map<String, Map<Outcome, Integer>> counts = new LinkedHashMap<>();
	/** stratifier code → stratum code → the stratum's counts. */
	@JsonProperty("strata")
	private Map<String, Map<String, StratumTally>> strata = new LinkedHashMap<>();

	/** One stratum's label and counts. */
	public static final class StratumTally {
		@JsonProperty("label")
		private String label;
		@JsonProperty("beneficiaries")
		private int beneficiaries;
		@JsonProperty("counts")
		private Map<String, Map<Outcome, Integer>> counts = new LinkedHashMap<>();

		public String label() {
			return label;
		}

		public int beneficiaries() {
			return beneficiaries;
		}

		public int count(String factor, Outcome outcome) {
			return PlanTally.count(counts, factor, outcome);
		}

		public int met(String factor) {
			return count(factor, Outcome.MET) + count(factor, Outcome.MET_BY_OUTREACH);
		}

		public int judged(String factor) {
			return met(factor) + count(factor, Outcome.NOT_MET);
		}
	}

	/** One beneficiary's outcomes and strata (one per {@link PlanStrata#STRATIFIERS}, in that order). */
	public void add(List<FactorResult> results, List<Stratum> beneficiaryStrata) {
		beneficiaries++;
		results.forEach(r -> increment(counts, r.factor(), r.outcome(), 1));
		for (int i = 0; i < PlanStrata.STRATIFIERS.size(); i++) {
			Stratum stratum = beneficiaryStrata.get(i);
			StratumTally tally = stratum(PlanStrata.STRATIFIERS.get(i), stratum.code(), stratum.label());
			tally.beneficiaries++;
			results.forEach(r -> increment(tally.counts, r.factor(), r.outcome(), 1));
		}
	}

	/** Adds another tally's counts to this one. */
	public void merge(PlanTally other) {
		beneficiaries += other.beneficiaries;
		addAll(counts, other.counts);
		other.strata.forEach((stratifier, values) -> values.forEach((code, theirs) -> {
			StratumTally mine = stratum(stratifier, code, theirs.label);
			mine.beneficiaries += theirs.beneficiaries;
			addAll(mine.counts, theirs.counts);
		}));
	}

	public int beneficiaries() {
		return beneficiaries;
	}

	public int count(String factor, Outcome outcome) {
		return count(counts, factor, outcome);
	}

	/** Met, including met by documented outreach. */
	public int met(String factor) {
		return count(factor, Outcome.MET) + count(factor, Outcome.MET_BY_OUTREACH);
	}

	/** Met plus not met: the beneficiaries for whom the factor was judged. */
	public int judged(String factor) {
		return met(factor) + count(factor, Outcome.NOT_MET);
	}

	/** The strata seen for a stratifier, by stratum code in code order. */
	public Map<String, StratumTally> strata(String stratifier) {
		return new TreeMap<>(strata.getOrDefault(stratifier, Map.of()));
	}

	private StratumTally stratum(String stratifier, String code, String label) {
		StratumTally tally = strata.computeIfAbsent(stratifier, s -> new LinkedHashMap<>())
				.computeIfAbsent(code, c -> new StratumTally());
		if (tally.label == null) {
			tally.label = label;
		}
		return tally;
	}

	private static int count(Map<String, Map<Outcome, Integer>> counts, String factor, Outcome outcome) {
		return counts.getOrDefault(factor, Map.of()).getOrDefault(outcome, 0);
	}

	private static void increment(Map<String, Map<Outcome, Integer>> counts, String factor, Outcome outcome, int by) {
		counts.computeIfAbsent(factor, f -> new EnumMap<>(Outcome.class)).merge(outcome, by, Integer::sum);
	}

	private static void addAll(Map<String, Map<Outcome, Integer>> into, Map<String, Map<Outcome, Integer>> from) {
		from.forEach((factor, outcomes) -> outcomes.forEach((outcome, n) -> increment(into, factor, outcome, n)));
	}
}
