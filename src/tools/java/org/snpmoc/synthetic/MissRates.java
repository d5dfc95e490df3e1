package org.snpmoc.synthetic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often the generated plan misses each factor, and how common transitions and non-English speakers are.
 * A factor's rate is the chance that a beneficiary to whom it can apply has it drawn missed: the transition factors
 * (2E.*) and the post-discharge ICP revision (2C.2) apply only to beneficiaries with a stay, 2D.4 only to those who
 * need their own language.
 */
record MissRates(Map<String, Double> factors, double transition, double skilledNursing, double nonEnglish) {

	MissRates {
		factors = Map.copyOf(factors);
	}

	/** What a plan doing reasonably well shows: most factors met, a few percent missed or late. */
	static MissRates defaults() {
		Map<String, Double> rates = new LinkedHashMap<>();
		rates.put("2A.5", 0.03);
		rates.put("2B.1", 0.05);
		rates.put("2B.2", 0.07);
		rates.put("2B.3", 0.08);
		rates.put("2B.4", 0.04);
		rates.put("2C.1", 0.06);
		rates.put("2C.2", 0.10);
		rates.put("2C.3", 0.04);
		rates.put("2C.4", 0.03);
		rates.put("2C.5", 0.08);
		rates.put("2D.1", 0.05);
		rates.put("2D.2", 0.03);
		rates.put("2D.3", 0.06);
		rates.put("2D.4", 0.10);
		rates.put("2E.1", 0.12);
		rates.put("2E.2", 0.05);
		rates.put("2E.3", 0.10);
		rates.put("2E.4", 0.10);
		rates.put("2E.5", 0.08);
		rates.put("2E.6", 0.08);
		return new MissRates(rates, 0.35, 0.40, 0.25);
	}

	/**
	 * The defaults for a server that scores each completed HRA itself (moc.workflow.hra-scoring, on by default): it
	 * writes a RiskAssessment dated the HRA's day, so no record can miss 2B.4 there.
	 */
	static MissRates forScoringServer() {
		return defaults().with("2B.4", 0.0);
	}

	/** The same rates with one factor's replaced, e.g. from the command line {@code --miss 2B.3=0.2}. */
	MissRates with(String factor, double rate) {
		if (!factors.containsKey(factor)) {
			throw new IllegalArgumentException("unknown factor " + factor + "; one of " + factors.keySet());
		}
		if (rate < 0 || rate > 1) {
			throw new IllegalArgumentException("a rate is between 0 and 1: " + rate);
		}
		Map<String, Double> copy = new LinkedHashMap<>(factors);
		copy.put(factor, rate);
		return new MissRates(copy, transition, skilledNursing, nonEnglish);
	}

	double of(String factor) {
		return factors.get(factor);
	}
}
