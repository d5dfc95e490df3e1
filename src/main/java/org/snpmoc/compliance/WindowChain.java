package org.snpmoc.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Recurring windows, "each next {@code event} within {@code days} days of the previous one". After a window
 * satisfied on date e the next is (e, e+days]; after one met only by outreach, the next ends {@code days} after
 * its deadline; after a missed one, the next runs from the first late event, else from the missed deadline, so a
 * requirement never done stays a yearly miss. The chain ends with the first window still open at asOf.
 */
public final class WindowChain {

	/** What satisfied a window: the date, whether documented outreach alone did, and the references used. */
	public record Hit(LocalDate on, boolean byOutreach, List<String> evidence) {}

	/** A dated piece of evidence that can satisfy a window, e.g. a training or an ICT meeting. */
	public record Event(LocalDate date, String evidence) {}

	/** Finds the earliest satisfaction known at asOf from {@code opens} to {@code deadline}, both inclusive. */
	@FunctionalInterface
	public interface Finder {
		Optional<Hit> find(LocalDate opens, LocalDate deadline);
	}

	private final String factor;
	private final String event;
	private final int days;
	private final Finder finder;
	private final List<LocalDate> eventDates;

	/**
	 * @param event      the recurring event in words, e.g. "HRA"
	 * @param eventDates the dates of every such event known at asOf, oldest first (for restarts after a miss)
	 */
	public WindowChain(String factor, String event, int days, Finder finder, List<LocalDate> eventDates) {
		this.factor = factor;
		this.event = event;
		this.days = days;
		this.finder = finder;
		this.eventDates = List.copyOf(eventDates);
	}

	/** A chain satisfied by the first of the given events (those known at asOf) in each window. */
	public static WindowChain overEvents(String factor, String event, int days, List<Event> events, LocalDate asOf) {
		List<Event> known = events.stream()
				.filter(e -> e.date() != null && !e.date().isAfter(asOf))
				.sorted(Comparator.comparing(Event::date))
				.toList();
		Finder finder = (opens, deadline) -> known.stream()
				.filter(e -> !e.date().isBefore(opens) && !e.date().isAfter(deadline))
				.findFirst()
				.map(e -> new Hit(e.date(), false, List.of(e.evidence())));
		return new WindowChain(factor, event, days, finder, known.stream().map(Event::date).toList());
	}

	/**
	 * Builds the chain from its first window, up to the first window open at asOf. {@code anchorEvidence} (what
	 * every window hangs on: the enrollment, the role, the care team) is listed on each window.
	 */
	public List<Window> from(String firstWhat, LocalDate opens, LocalDate deadline, List<String> anchorEvidence, LocalDate asOf) {
		List<Window> chain = new ArrayList<>();
		String what = firstWhat;
		while (true) {
			Window window = single(what, opens, deadline, anchorEvidence, asOf);
			chain.add(window);
			if (window.isOpen(asOf)) {
				return chain;
			}
			LocalDate anchor;
			if (window.satisfiedOn() != null && !window.byOutreach()) {
				anchor = window.satisfiedOn();
				what = next("the previous one on " + anchor);
			} else if (window.satisfiedOn() != null) {
				anchor = deadline;
				what = next("the outreach window that closed " + anchor);
			} else {
				LocalDate missed = deadline;
				Optional<LocalDate> late = eventDates.stream().filter(d -> d.isAfter(missed)).findFirst();
				anchor = late.orElse(missed);
				what = next(late.isPresent() ? "the late one on " + anchor : "the missed deadline " + anchor);
			}
			opens = anchor.plusDays(1);
			deadline = anchor.plusDays(days);
		}
	}

	private String next(String anchor) {
		return event + " within " + days + " days of " + anchor;
	}

	/** One window outside the chain (e.g. after a discharge), satisfied the same way. */
	public Window single(String what, LocalDate opens, LocalDate deadline, List<String> evidence, LocalDate asOf) {
		Optional<Hit> hit = finder.find(opens, deadline).filter(h -> !h.on().isAfter(asOf));
		if (hit.isEmpty()) {
			return Window.unsatisfied(factor, what, opens, deadline, evidence);
		}
		List<String> all = Stream.concat(evidence.stream(), hit.get().evidence().stream()).distinct().toList();
		return new Window(factor, what, opens, deadline, hit.get().on(), hit.get().byOutreach(), all);
	}
}
