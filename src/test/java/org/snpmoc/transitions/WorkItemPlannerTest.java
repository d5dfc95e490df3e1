package org.snpmoc.transitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.MocPolicy;
import org.snpmoc.transitions.WorkItem.Anchor;

class WorkItemPlannerTest {
	private static final LocalDate ADMITTED = LocalDate.of(2026, 6, 1);
	private static final LocalDate DISCHARGED = LocalDate.of(2026, 6, 5);
	private final WorkItemPlanner planner = new WorkItemPlanner(new MocPolicy());

	@Test
	void anAdmissionOpensTheIcpTransferThePointOfContactAndTheCoordinatorDueNextDay() {
		List<WorkItem> items = planner.admission(stay("Location/snf", "Organization/snf"), "PractitionerRole/tc");

		assertThat(items).extracting(WorkItem::factor, WorkItem::anchor, WorkItem::opens, WorkItem::due, WorkItem::id)
				.containsExactly(
						tuple("2E.3", Anchor.ADMISSION, ADMITTED, ADMITTED.plusDays(1), "wi-e1-2E.3-admission"),
						tuple("2E.6", Anchor.ADMISSION, ADMITTED, ADMITTED.plusDays(1), "wi-e1-2E.6-admission"),
						tuple("2E.2", Anchor.ADMISSION, ADMITTED, ADMITTED.plusDays(1), "wi-e1-2E.2-admission"));
		assertThat(items.get(0).recipient()).isEqualTo("Organization/hospital");
		assertThat(items).allSatisfy(i -> {
			assertThat(i.owner()).isEqualTo("PractitionerRole/tc");
			assertThat(i.patient()).isEqualTo("Patient/p1");
			assertThat(i.focus()).isEqualTo("Encounter/e1");
		});
	}

	@Test
	void aDischargeToANextSettingOpensEveryStepWithItsPolicyDeadline() {
		List<WorkItem> items = planner.discharge(stay("Location/snf", "Organization/snf"), false, null);

		assertThat(items).extracting(WorkItem::factor, WorkItem::due).containsExactly(
				tuple("2E.3", DISCHARGED.plusDays(1)),
				tuple("2E.6", DISCHARGED.plusDays(1)),
				tuple("2E.1", DISCHARGED.plusDays(7)),
				tuple("2E.4", DISCHARGED.plusDays(7)),
				tuple("2E.5", DISCHARGED.plusDays(30)),
				tuple("2B.3", DISCHARGED.plusDays(30)),
				tuple("2C.2", DISCHARGED.plusDays(30)));
		assertThat(items).allSatisfy(i -> {
			assertThat(i.anchor()).isEqualTo(Anchor.DISCHARGE);
			assertThat(i.opens()).isEqualTo(DISCHARGED);
		});
		assertThat(items.get(0).recipient()).isEqualTo("Organization/snf");
		assertThat(items.get(4).description()).contains("self-management").contains("Due 2026-07-05");
	}

	@Test
	void noIcpTransferWithoutANextSettingAndNoSecondNoticeWhenOneWasGivenAtAdmission() {
		List<WorkItem> items = planner.discharge(stay(null, null), true, null);

		assertThat(items).extracting(WorkItem::factor).containsExactly("2E.1", "2E.4", "2E.5", "2B.3", "2C.2");
	}

	@Test
	void windowsFollowThePolicy() {
		MocPolicy policy = new MocPolicy();
		policy.setFollowUpDays(14);
		policy.setInitialHraDays(60);

		WorkItem followUp = new WorkItemPlanner(policy).discharge(stay(null, null), true, null).get(0);
		WorkItem initial = new WorkItemPlanner(policy).enrollment("Coverage/c1", "Patient/p1", LocalDate.of(2026, 1, 15), null);

		assertThat(followUp.due()).isEqualTo(DISCHARGED.plusDays(14));
		assertThat(initial.opens()).isEqualTo(LocalDate.of(2025, 11, 16));
		assertThat(initial.due()).isEqualTo(LocalDate.of(2026, 3, 16));
		assertThat(initial.id()).isEqualTo("wi-c1-2B.3-enrollment");
	}

	@Test
	void theNextYearlyHraIsDue365DaysAfterTheLastOne() {
		WorkItem annual = planner.annual("QuestionnaireResponse/q1", "Patient/p1", LocalDate.of(2026, 2, 1), null);

		assertThat(annual.due()).isEqualTo(LocalDate.of(2027, 2, 1));
		assertThat(annual.id()).isEqualTo("wi-q1-2B.3-annual");
	}

	@Test
	void aLongEventIdKeepsTheStepReadableWithinSixtyFourCharacters() {
		String id = WorkItem.idFor("e".repeat(64), "2E.3", Anchor.DISCHARGE);

		assertThat(id).hasSizeLessThanOrEqualTo(64).endsWith("-2E.3-discharge");
		assertThat(WorkItem.anchorOf(id)).isEqualTo(Anchor.DISCHARGE);
	}

	private static Stay stay(String destination, String nextSetting) {
		return new Stay("Encounter/e1", "Patient/p1", ADMITTED, DISCHARGED, "Organization/hospital",
				destination != null, nextSetting);
	}
}
