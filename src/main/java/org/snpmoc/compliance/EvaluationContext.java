package org.snpmoc.compliance;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The evaluation date, the plan's time zone, and how long before the enrollment date an HRA already counts (the
 * initial HRA window); the look-back year is (asOf − 365 days, asOf].
 */
public record EvaluationContext(LocalDate asOf, ZoneId zone, int initialHraDays) {

	/** With the policy's default initial HRA window. */
	public EvaluationContext(LocalDate asOf, ZoneId zone) {
		this(asOf, zone, new MocPolicy().getInitialHraDays());
	}

	public LocalDate lookBackStart() {
		return asOf.minusDays(365);
	}

	public boolean inLookBackYear(LocalDate date) {
		return date != null && date.isAfter(lookBackStart()) && !date.isAfter(asOf);
	}

	/** Known at asOf: dated on or before the evaluation date. */
	public boolean known(LocalDate date) {
		return date != null && !date.isAfter(asOf);
	}
}
