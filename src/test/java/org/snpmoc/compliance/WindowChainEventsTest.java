package org.snpmoc.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowChainEventsTest {
	private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
	private List<Window> windows(LocalDate start, WindowChain.Event... events) {
		return WindowChain.overEvents("2D.4", "ICT meeting", 365, List.of(events), AS_OF)
				.from("first meeting", start, start.plusDays(365), List.of("CareTeam/t1"), AS_OF);
	}

	@Test
	void eachNextWindowRunsFromThePreviousEvent() {
		LocalDate start = LocalDate.of(2024, 1, 1);
		var windows = windows(start, new WindowChain.Event(LocalDate.of(2024, 9, 1), "Communication/c1"),
				new WindowChain.Event(LocalDate.of(2025, 9, 1), "Communication/c2"));

		assertThat(windows).extracting(Window::satisfiedOn)
				.containsExactly(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 9, 1), null);
		assertThat(windows.get(1).opens()).isEqualTo(LocalDate.of(2024, 9, 2));
		assertThat(windows.get(2).deadline()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(windows.get(1).evidence()).containsExactly("CareTeam/t1", "Communication/c2");
	}

	@Test
	void afterAMissedWindowTheNextRunsFromTheFirstLateEvent() {
		LocalDate start = LocalDate.of(2024, 1, 1);
		LocalDate late = LocalDate.of(2025, 8, 1);
		var windows = windows(start, new WindowChain.Event(late, "Communication/c1"));

		assertThat(windows).hasSize(2);
		assertThat(windows.get(0).satisfiedOn()).isNull();
		assertThat(windows.get(1).opens()).isEqualTo(late.plusDays(1));
		assertThat(windows.get(1).deadline()).isEqualTo(late.plusDays(365));
		assertThat(windows.get(1).what()).contains("late one on " + late);
	}

	@Test
	void withoutAnyEventTheRequirementStaysAYearlyMiss() {
		LocalDate start = LocalDate.of(2023, 1, 1);
		var windows = windows(start);

		assertThat(windows).extracting(Window::deadline).containsExactly(LocalDate.of(2024, 1, 1),
				LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31));
		assertThat(windows.get(3).isOpen(AS_OF)).isTrue();
	}

	@Test
	void eventsAfterAsOfAreNotKnown() {
		var windows = windows(AS_OF.minusDays(10), new WindowChain.Event(AS_OF.plusDays(1), "Communication/c1"));

		assertThat(windows).hasSize(1);
		assertThat(windows.get(0).isOpen(AS_OF)).isTrue();
	}
}
