package org.snpmoc.compliance.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.snpmoc.compliance.Outcome;

/**
 * NCQA's element score bands (contract section 4): how many factors of an element are met gives the element's
 * score in percent.
 */
public final class ScoreBands {
	/** For each element, the fewest factors met that earn 100, 80, 50 and 20 percent. */
	private static final Map<String, int[]> MINIMUM_MET = Map.of(
			"2A", new int[] {6, 4, 3, 1},
			"2B", new int[] {4, 3, 2, 1},
			"2C", new int[] {5, 4, 2, 1},
			"2D", new int[] {4, 3, 2, 1},
			"2E", new int[] {6, 4, 3, 1});
	private static final int[] PERCENT = {100, 80, 50, 20};

	/** The elements of MOC 2 in order. */
	public static final List<String> ELEMENTS = List.of("2A", "2B", "2C", "2D", "2E");

	private ScoreBands() {}

	/** The band in percent for {@code factorsMet} met factors of {@code element}. */
	public static int percent(String element, int factorsMet) {
		int[] minimum = MINIMUM_MET.get(element);
		if (minimum == null) {
			throw new IllegalArgumentException("Not an MOC element 2 code: " + element);
		}
		if (factorsMet < 0) {
			throw new IllegalArgumentException("Factors met cannot be negative: " + factorsMet);
		}
		for (int i = 0; i < minimum.length; i++) {
			if (factorsMet >= minimum[i]) {
				return PERCENT[i];
			}
		}
		return 0;
	}

	/**
	 * The element's band over its factors' outcomes: not-applicable and pending count as met; empty when every
	 * factor is not applicable (the element has no score).
	 */
	public static OptionalInt score(String element, Collection<Outcome> outcomes) {
		if (outcomes.stream().allMatch(o -> o == Outcome.NOT_APPLICABLE)) {
			return OptionalInt.empty();
		}
		int met = (int) outcomes.stream().filter(Outcome::countsAsMetForBand).count();
		return OptionalInt.of(percent(element, met));
	}

	/** "2B.3" → "2B". */
	public static String elementOf(String factor) {
		return factor.substring(0, 2);
	}
}
