package org.snpmoc.compliance.factors.ict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.snpmoc.compliance.Window;

/**
 * A recurring requirement ("each next X within N days of the previous one"): a first window, then windows
 * chained by the lead's rules. After a window satisfied on e the next is (e, e+N]; after a missed window the next
 * runs N days from the first late event, or from the missed deadline when nothing came late, so a requirement
 * never done stays a yearly miss. The chain ends with the first open window.
 */
public final class WindowChain {

	/** A dated piece of evidence that can satisfy a window, e.g. a training or an ICT meeting. */
	public record Event(LocalDate date, String evidence) {}

	private final String factor;
	private final String subject;
	private final int everyDays;

	/**
	 * @param subject   what recurs, in a care manager's words, e.g. "MOC training of Dana Lee"
	 * @param everyDays N, the longest gap allowed after the previous one
	 */
	public WindowChain(String factor, String subject, int everyDays) {
		this.factor = factor;
		this.subject = subject;
		this.everyDays = everyDays;
	}

	/**
	 * @param firstWhat      the first window's requirement, e.g. subject + " within 90 days of starting the role on …"
	 * @param events         candidate evidence; events after asOf are not known and are ignored
	 * @param anchorEvidence references every window hangs on (the role, the care team…)
	 */
	public List<Window> windows(LocalDate opens, LocalDate deadline, String firstWhat, List<Event> events,
			List<String> anchorEvidence, LocalDate asOf) {
		List<Event> known = events.stream()
				.filter(e -> e.date() != null && !e.date().isAfter(asOf))
				.sorted(Comparator.comparing(Event::date))
				.toList();
		List<Window> chain = new ArrayList<>();
		String what = firstWhat;
		List<String> evidence = anchorEvidence;
		while (true) {
			Optional<Event> hit = firstBetween(known, opens, deadline);
			if (hit.isPresent()) {
				LocalDate on = hit.get().date();
				chain.add(Window.satisfied(factor, what, opens, deadline, on, with(evidence, hit.get())));
				what = subject + " within " + everyDays + " days of the previous one on " + on;
				evidence = anchorEvidence;
				opens = on.plusDays(1);
			} else if (deadline.isAfter(asOf)) {
				chain.add(Window.unsatisfied(factor, what, opens, deadline, evidence));
				return chain;
			} else {
				chain.add(Window.unsatisfied(factor, what, opens, deadline, evidence));
				Optional<Event> late = firstBetween(known, deadline.plusDays(1), asOf);
				if (late.isPresent()) {
					LocalDate on = late.get().date();
					what = subject + " within " + everyDays + " days of the late one on " + on;
					evidence = with(anchorEvidence, late.get());
					opens = on.plusDays(1);
				} else {
					what = subject + " within " + everyDays + " days of the missed deadline " + deadline;
					evidence = anchorEvidence;
					opens = deadline.plusDays(1);
				}
			}
			deadline = opens.minusDays(1).plusDays(everyDays);
		}
	}

	private static Optional<Event> firstBetween(List<Event> events, LocalDate from, LocalDate to) {
		return events.stream().filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to)).findFirst();
	}

	private static List<String> with(List<String> evidence, Event event) {
		List<String> all = new ArrayList<>(evidence);
		if (!all.contains(event.evidence())) {
			all.add(event.evidence());
		}
		return all;
	}
}
