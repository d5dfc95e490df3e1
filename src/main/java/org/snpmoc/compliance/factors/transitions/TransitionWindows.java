package org.snpmoc.compliance.factors.transitions;

import java.time.LocalDate;
import java.util.List;
import org.snpmoc.compliance.CareRecord.Transition;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.Windows;
import org.snpmoc.compliance.WindowChain;
import org.snpmoc.compliance.WindowChain.Event;

/** Shared wording and window building of the transition checks. */
final class TransitionWindows {
	private TransitionWindows() {}

	/** A window [opens, deadline] satisfied by the earliest candidate inside it known at asOf. */
	static Window window(String factor, String what, LocalDate opens, LocalDate deadline, List<Event> candidates,
			List<String> anchor, LocalDate asOf) {
		// A single window, not a chain: the chain's interval is never used.
		return WindowChain.overEvents(factor, what, 0, candidates, asOf).single(what, opens, deadline, anchor, asOf);
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
}
