package org.snpmoc.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.day;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.Window;

class WindowChainTest {

	/** Events on the given dates satisfy any window holding them. */
	private static WindowChain chainOf(String... dates) {
		List<LocalDate> events = Arrays.stream(dates).map(LocalDate::parse).toList();
		WindowChain.Finder finder = (opens, deadline) -> events.stream()
				.filter(d -> !d.isBefore(opens) && !d.isAfter(deadline))
				.findFirst()
				.map(d -> new WindowChain.Hit(d, false, List.of("Event/" + d)));
		return new WindowChain("X", "event", 365, finder, events);
	}

	private static List<Window> build(WindowChain chain, String asOf) {
		return chain.from("first event", day("2024-01-01"), day("2024-03-31"), List.of(), day(asOf));
	}

	@Test
	void eachNextWindowRunsFromTheEventThatSatisfiedThePreviousOne() {
		List<Window> windows = build(chainOf("2024-02-01", "2025-01-15"), "2025-06-30");

		assertThat(windows).extracting(Window::opens, Window::deadline, Window::satisfiedOn).containsExactly(
				tuple(day("2024-01-01"), day("2024-03-31"), day("2024-02-01")),
				tuple(day("2024-02-02"), day("2025-01-31"), day("2025-01-15")),
				tuple(day("2025-01-16"), day("2026-01-15"), null));
	}

	@Test
	void afterAMissedWindowTheNextRunsFromTheFirstLateEvent() {
		List<Window> windows = build(chainOf("2024-05-01"), "2025-06-30");

		assertThat(windows.get(0).satisfiedOn()).isNull();
		assertThat(windows.get(1).opens()).isEqualTo(day("2024-05-02"));
		assertThat(windows.get(1).deadline()).isEqualTo(day("2025-05-01"));
		assertThat(windows.get(1).what()).isEqualTo("event within 365 days of the late one on 2024-05-01");
	}

	@Test
	void withoutAnyEventTheChainMissesEveryYearUntilAsOf() {
		List<Window> windows = build(chainOf(), "2026-06-30");

		assertThat(windows).extracting(Window::deadline)
				.containsExactly(day("2024-03-31"), day("2025-03-31"), day("2026-03-31"), day("2027-03-31"));
		assertThat(windows.get(3).what()).isEqualTo("event within 365 days of the missed deadline 2026-03-31");
	}

	@Test
	void afterAWindowMetByOutreachTheNextEndsAYearAfterItsDeadline() {
		WindowChain.Finder outreachOnce = (opens, deadline) -> opens.equals(day("2024-01-01"))
				? Optional.of(new WindowChain.Hit(day("2024-02-01"), true, List.of("Task/t3")))
				: Optional.empty();
		WindowChain chain = new WindowChain("X", "event", 365, outreachOnce, List.of());

		List<Window> windows = build(chain, "2024-12-31");

		assertThat(windows.get(0).byOutreach()).isTrue();
		assertThat(windows.get(1).opens()).isEqualTo(day("2024-04-01"));
		assertThat(windows.get(1).deadline()).isEqualTo(day("2025-03-31"));
	}

	@Test
	void eventsAfterAsOfAreNotKnown() {
		List<Window> windows = build(chainOf("2024-03-01"), "2024-02-15");

		assertThat(windows).singleElement().extracting(Window::satisfiedOn).isNull();
	}
}
