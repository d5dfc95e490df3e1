package org.snpmoc.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the generator decided for one beneficiary before writing any resource: whether they had a care
 * transition (and through a skilled-nursing facility), whether they need their own language, and which factors
 * their record misses. The expected outcome of every factor follows from these decisions alone.
 */
record Scenario(boolean transition, boolean skilledNursing, boolean nonEnglish, Set<String> missed) {

	static final List<String> FACTORS = List.of("2A.5", "2B.1", "2B.2", "2B.3", "2B.4", "2C.1", "2C.2", "2C.3", "2C.4",
			"2C.5", "2D.1", "2D.2", "2D.3", "2D.4", "2E.1", "2E.2", "2E.3", "2E.4", "2E.5", "2E.6");

	Scenario {
		missed = Set.copyOf(missed);
	}

	/** Draws the decisions; a factor that cannot apply to this beneficiary is never drawn missed. */
	static Scenario draw(MissRates rates, Draws draws) {
		boolean transition = draws.chance(rates.transition());
		boolean skilledNursing = transition && draws.chance(rates.skilledNursing());
		boolean nonEnglish = draws.chance(rates.nonEnglish());
		Set<String> missed = new TreeSet<>();
		for (String factor : FACTORS) {
			boolean applicable = switch (factor) {
				case "2C.2" -> transition;
				case "2D.4" -> nonEnglish;
				default -> !factor.startsWith("2E") || transition;
			};
			// Always draw, so that one factor's rate does not shift the draws of the others.
			boolean miss = draws.chance(rates.of(factor));
			if (applicable && miss) {
				missed.add(factor);
			}
		}
		return new Scenario(transition, skilledNursing, nonEnglish, missed);
	}

	boolean misses(String factor) {
		return missed.contains(factor);
	}

	/**
	 * The expected outcome of each factor: not-met where the record was drawn to miss it, not-applicable for the
	 * transition factors without a stay, met otherwise. A point-of-contact notice cannot name a coordinator the
	 * stay never had, so a missed 2E.2 also misses 2E.6.
	 */
	Map<String, String> expected() {
		Map<String, String> outcomes = new LinkedHashMap<>();
		for (String factor : FACTORS) {
			String outcome;
			if (factor.startsWith("2E") && !transition) {
				outcome = "not-applicable";
			} else if (misses(factor) || (factor.equals("2E.6") && misses("2E.2"))) {
				outcome = "not-met";
			} else {
				outcome = "met";
			}
			outcomes.put(factor, outcome);
		}
		return outcomes;
	}
}
