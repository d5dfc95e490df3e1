package org.snpmoc.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The contract's rule for combining a factor's windows into one outcome, with reason and evidence. */
public final class Windows {
	private Windows() {}

	/**
	 * Any judged window not satisfied → not-met; else any judged window → met (met-by-outreach when one was
	 * satisfied only by outreach); else any open window → pending; else not-applicable with {@code whyNotApplicable}.
	 */
	public static FactorResult combine(String factor, List<Window> windows, EvaluationContext context, String whyNotApplicable) {
		var asOf = context.asOf();
		List<Window> inScope = windows.stream().filter(w -> w.isInScope(context)).toList();
		List<Window> missed = inScope.stream().filter(w -> w.isMissed(asOf)).toList();
		List<Window> met = inScope.stream().filter(w -> w.isSatisfied(asOf)).toList();
		List<Window> open = inScope.stream().filter(w -> w.isOpen(asOf)).toList();

		Outcome outcome;
		String reason;
		if (!missed.isEmpty()) {
			outcome = Outcome.NOT_MET;
			reason = missed.stream().map(Windows::describeMissed).collect(Collectors.joining("; "));
		} else if (!met.isEmpty()) {
			outcome = met.stream().anyMatch(Window::byOutreach) ? Outcome.MET_BY_OUTREACH : Outcome.MET;
			reason = met.stream().map(Windows::describeMet).collect(Collectors.joining("; "));
		} else if (!open.isEmpty()) {
			outcome = Outcome.PENDING;
			reason = open.stream().map(w -> w.what() + " is due by " + w.deadline()).collect(Collectors.joining("; "));
		} else {
			outcome = Outcome.NOT_APPLICABLE;
			reason = whyNotApplicable;
		}
		Set<String> evidence = new LinkedHashSet<>();
		inScope.forEach(w -> evidence.addAll(w.evidence()));
		return new FactorResult(factor, outcome, reason, new ArrayList<>(evidence), windows);
	}

	private static String describeMissed(Window w) {
		boolean checkedOnTheDay = w.opens().equals(w.deadline());
		return "no " + w.what() + (checkedOnTheDay ? "" : " (due " + w.deadline() + ")");
	}

	private static String describeMet(Window w) {
		if (w.byOutreach()) {
			return w.what() + ": met by documented outreach (" + w.satisfiedOn() + ")";
		}
		if (w.opens().equals(w.deadline()) && w.deadline().equals(w.satisfiedOn())) {
			return w.what();
		}
		return w.what() + ": done " + w.satisfiedOn();
	}
}
