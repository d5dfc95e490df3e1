package org.snpmoc.compliance;

import java.time.LocalDate;
import java.time.ZoneId;

/** The evaluation date and the plan's time zone; the look-back year is (asOf − 365 days, asOf]. */
public record EvaluationContext(LocalDate asOf, ZoneId zone) {

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
