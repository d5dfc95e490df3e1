package org.snpmoc.transitions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.Trigger;

class WorkItemTest {
	@Test
	void theIdNamesTheEventTheFactorAndTheStep() {
		assertThat(WorkItem.idFor("2E.4", Trigger.discharge("Encounter/stay-1"))).isEqualTo("wi-stay-1-2E.4-discharge");
		assertThat(WorkItem.idFor("2B.3", new Trigger(Trigger.Kind.ANNUAL, "QuestionnaireResponse/a-b")))
				.isEqualTo("wi-a-b-2B.3-annual");
	}

	@Test
	void aLongEventIdIsDigestedAndTheStepStaysReadable() {
		String id = WorkItem.idFor("2C.2", Trigger.discharge("Encounter/" + "x".repeat(70)));
		assertThat(id).hasSizeLessThanOrEqualTo(64).endsWith("-2C.2-discharge");
		assertThat(WorkItem.isServers(id)).isTrue();
	}

	@Test
	void otherTasksAreNotTheServers() {
		assertThat(WorkItem.isServers("follow-up-discharge")).isFalse();
		assertThat(WorkItem.isServers("wi-stay-1-2E.4")).isFalse();
		assertThat(WorkItem.isServers("1234")).isFalse();
	}
}
