package org.snpmoc.compliance.factors.transitions;

import java.util.List;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Trigger;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.WindowChain.Event;

/** 2E.2: each transition has a responsible coordinator from the admission day (see {@link TransitionCoordinators}). */
public final class Factor2E2TransitionCoordinator implements FactorEvaluator {
	private final int taskDays;
	private final TransitionCoordinators coordinators;

	public Factor2E2TransitionCoordinator(int transitionCoordinationDays) {
		this.taskDays = transitionCoordinationDays;
		this.coordinators = new TransitionCoordinators(transitionCoordinationDays);
	}

	@Override
	public String factor() {
		return "2E.2";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		List<Window> windows = care.transitions().stream()
				.map(t -> {
					List<Event> found = coordinators.of(t, care).stream()
							.map(c -> new Event(c.on(), c.evidence()))
							.toList();
					return TransitionWindows.window(factor(),
							"responsible coordinator (a transition or care coordinator on the ICT, or a transition-coordination"
									+ " Task owned by staff) within " + TransitionWindows.days(taskDays) + " of "
									+ TransitionWindows.admission(t),
							t.admitted(), t.admitted().plusDays(taskDays), found, List.of(t.key()), context.asOf())
							.triggeredBy(Trigger.admission(t.key()));
				})
				.toList();
		return TransitionWindows.combine(factor(), windows, context);
	}
}
