package org.snpmoc.compliance;

import java.util.List;

/**
 * The outcome of one factor for one beneficiary (or for the plan's staff, for 2A).
 *
 * @param evidence references ("Type/id" or "Type/id/_history/n") the check relied on
 * @param windows  the deadlines examined; open and missed ones feed the work lists of $moc-gaps
 */
public record FactorResult(String factor, Outcome outcome, String reason, List<String> evidence, List<Window> windows) {

	public FactorResult {
		evidence = List.copyOf(evidence);
		windows = List.copyOf(windows);
	}

	public static FactorResult of(String factor, Outcome outcome, String reason, List<String> evidence) {
		return new FactorResult(factor, outcome, reason, evidence, List.of());
	}
}
