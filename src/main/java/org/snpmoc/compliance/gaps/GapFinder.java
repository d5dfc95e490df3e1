package org.snpmoc.compliance.gaps;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.CareTeam;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.factors.ict.IctOwner;

/**
 * Turns factor outcomes into work-list items: every window in scope whose deadline passed without it (overdue),
 * and every open window due within the horizon (due soon). A factor not met without a missed window to show for
 * it (a condition checked on the day) becomes one overdue item, due on asOf, described by its reason.
 */
public final class GapFinder {
	private final int horizonDays;

	public GapFinder(int horizonDays) {
		this.horizonDays = horizonDays;
	}

	/**
	 * @param subject the "Type/id" the items are for; a training window (2A.5) is for the staff member it names
	 * @param teams   the beneficiary's CareTeams, whose ICT member owns each item (none for staff training)
	 */
	public List<Gap> find(List<FactorResult> results, String subject, List<CareTeam> teams, EvaluationContext context) {
		LocalDate asOf = context.asOf();
		LocalDate horizon = asOf.plusDays(horizonDays);
		Set<Gap> gaps = new LinkedHashSet<>();
		for (FactorResult result : results) {
			boolean shown = false;
			for (Window w : result.windows()) {
				String whom = subjectOf(result.factor(), w, subject);
				if (w.isMissed(asOf) && w.isInScope(context)) {
					gaps.add(new Gap(result.factor(), whom, w.what(), w.deadline(), true, event(w), owner(w, teams, context)));
					shown = true;
				} else if (w.isOpen(asOf) && !w.deadline().isAfter(horizon)) {
					gaps.add(new Gap(result.factor(), whom, w.what(), w.deadline(), false, event(w), owner(w, teams, context)));
				}
			}
			if (result.outcome() == Outcome.NOT_MET && !shown) {
				gaps.add(new Gap(result.factor(), subject, result.reason(), asOf, true, null, owner(null, teams, context)));
			}
		}
		return List.copyOf(gaps);
	}

	private static String owner(Window w, List<CareTeam> teams, EvaluationContext context) {
		return teams.isEmpty() ? null : IctOwner.of(w, teams, context.asOf(), context.zone());
	}

	private static String event(Window w) {
		return w.trigger() == null ? null : w.trigger().event();
	}

	private static String subjectOf(String factor, Window window, String fallback) {
		if (!factor.startsWith("2A")) {
			return fallback;
		}
		return window.evidence().stream().filter(e -> e.startsWith("Practitioner/")).findFirst().orElse(fallback);
	}
}
