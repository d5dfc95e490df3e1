package org.snpmoc.transitions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.snpmoc.transitions.WorkItem.Anchor;

class WorkItemTest {
	@Test
	void theServersWorkItemIdsNameTheirFactor() {
		assertThat(WorkItem.factorIn(WorkItem.idFor("stay-1", "2E.4", Anchor.DISCHARGE))).isEqualTo("2E.4");
		assertThat(WorkItem.factorIn(WorkItem.idFor("a-b-c", "2B.3", Anchor.ANNUAL))).isEqualTo("2B.3");
		assertThat(WorkItem.factorIn(WorkItem.idFor("x".repeat(70), "2C.2", Anchor.DISCHARGE))).isEqualTo("2C.2");
	}

	@Test
	void otherIdsNameNone() {
		assertThat(WorkItem.factorIn("follow-up-discharge")).isNull();
		assertThat(WorkItem.factorIn("wi-stay-1-review-discharge")).isNull();
		assertThat(WorkItem.factorIn("wi-stay-1-2E.4")).isNull();
		assertThat(WorkItem.factorIn("1234")).isNull();
	}
}
