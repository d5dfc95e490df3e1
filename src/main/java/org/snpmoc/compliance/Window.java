package org.snpmoc.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * One deadline a factor must meet: "{@code what}" had to happen between {@code opens} and {@code deadline}
 * (both inclusive). {@code satisfiedOn} is the date of the first evidence inside that range, or null.
 * Evaluators find the evidence; {@link Windows#combine} turns windows into an outcome.
 *
 * @param what        the requirement in a care manager's words, e.g. "HRA within 90 days of the enrollment date 2026-03-01"
 * @param factor      the moc-factor code the window serves, for work lists
 * @param byOutreach  true when only documented outreach satisfied it (2B.3)
 * @param evidence    references ("Type/id") of the resources that satisfy it or that it hangs on
 * @param trigger     the event that opens a work item for this window, or null when none does
 */
public record Window(
		String factor,
		String what,
		LocalDate opens,
		LocalDate deadline,
		LocalDate satisfiedOn,
		boolean byOutreach,
		List<String> evidence,
		Trigger trigger) {

	public Window {
		evidence = List.copyOf(evidence);
	}

	public Window(String factor, String what, LocalDate opens, LocalDate deadline, LocalDate satisfiedOn,
			boolean byOutreach, List<String> evidence) {
		this(factor, what, opens, deadline, satisfiedOn, byOutreach, evidence, null);
	}

	public static Window satisfied(String factor, String what, LocalDate opens, LocalDate deadline, LocalDate on, List<String> evidence) {
		return new Window(factor, what, opens, deadline, on, false, evidence);
	}

	public static Window unsatisfied(String factor, String what, LocalDate opens, LocalDate deadline, List<String> evidence) {
		return new Window(factor, what, opens, deadline, null, false, evidence);
	}

	/** A condition checked on the evaluation date itself (e.g. "the current ICP has a self-management goal"). */
	public static Window stateOnDate(String factor, String what, LocalDate asOf, boolean holds, List<String> evidence) {
		return new Window(factor, what, asOf, asOf, holds ? asOf : null, false, evidence);
	}

	/** The same window, opening a work item when its trigger happens. */
	public Window triggeredBy(Trigger event) {
		return new Window(factor, what, opens, deadline, satisfiedOn, byOutreach, evidence, event);
	}

	public boolean isSatisfied(LocalDate asOf) {
		return satisfiedOn != null && !satisfiedOn.isAfter(asOf);
	}

	/** Judged: satisfied by asOf, or its deadline is on or before asOf. */
	public boolean isJudged(LocalDate asOf) {
		return isSatisfied(asOf) || !deadline.isAfter(asOf);
	}

	public boolean isOpen(LocalDate asOf) {
		return !isJudged(asOf);
	}

	public boolean isMissed(LocalDate asOf) {
		return isJudged(asOf) && !isSatisfied(asOf);
	}

	/** Open windows always count; judged ones when their deadline or satisfaction falls in the look-back year. */
	public boolean isInScope(EvaluationContext context) {
		LocalDate asOf = context.asOf();
		if (isOpen(asOf)) {
			return true;
		}
		return context.inLookBackYear(deadline) || (isSatisfied(asOf) && context.inLookBackYear(satisfiedOn));
	}
}
