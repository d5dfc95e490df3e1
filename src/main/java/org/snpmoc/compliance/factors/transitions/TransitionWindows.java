package org.snpmoc.compliance.factors.transitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.snpmoc.compliance.CareRecord.Transition;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.Windows;
import org.snpmoc.compliance.WindowChain.Event;

/** Shared wording and window building of the transition checks. */
final class TransitionWindows {
	private TransitionWindows() {}

	/** A window [opens, deadline] satisfied by the earliest candidate inside it known at asOf. */
	static Window window(String factor, String what, LocalDate opens, LocalDate deadline, List<Event> candidates,
			List<String> anchor, LocalDate asOf) {
		return candidates.stream()
				.filter(e -> e.date() != null && !e.date().isBefore(opens) && !e.date().isAfter(deadline)
						&& !e.date().isAfter(asOf))
				.min(Comparator.comparing(Event::date))
				.map(e -> Window.satisfied(factor, what, opens, deadline, e.date(), with(anchor, e.evidence())))
				.orElseGet(() -> Window.unsatisfied(factor, what, opens, deadline, anchor));
	}

	static FactorResult combine(String factor, List<Window> windows, EvaluationContext context) {
		return Windows.combine(factor, windows, context, "no care transition in the look-back year");
	}

	static String days(int n) {
		return n == 1 ? "1 day" : n + " days";
	}

	static String admission(Transition t) {
		return "the admission on " + t.admitted() + " (" + t.key() + ")";
	}

	static String discharge(Transition t) {
		return "the discharge on " + t.discharged() + " (" + t.key() + ")";
	}

	private static List<String> with(List<String> anchor, String evidence) {
		List<String> all = new ArrayList<>(anchor);
		if (!all.contains(evidence)) {
			all.add(evidence);
		}
		return all;
	}
}
