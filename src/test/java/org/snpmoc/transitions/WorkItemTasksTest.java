package org.snpmoc.transitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.Trigger;
import org.snpmoc.compliance.Window;
import org.snpmoc.contract.IctRole;
import org.snpmoc.contract.MocCodes;
import org.snpmoc.support.ProfileCheck;

class WorkItemTasksTest {
	private static final ZoneId ZONE = ZoneId.of("America/New_York");
	private final Window transfer = Window.unsatisfied("2E.3", "ICP transfer to the next setting Organization/snf within 1 day",
			LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 6), List.of("Encounter/e1"))
			.triggeredBy(Trigger.discharge("Encounter/e1"));
	private final String id = WorkItem.idFor("2E.3", transfer.trigger());

	@Test
	void aWorkItemIsAValidWorkItemTaskNamingItsWindow() {
		Task task = WorkItemTasks.open(id, transfer, "Patient/p1", "PractitionerRole/tc");

		assertThat(task.getIdElement().getIdPart()).isEqualTo("wi-e1-2E.3-discharge");
		assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
		assertThat(task.getIntent()).isEqualTo(Task.TaskIntent.ORDER);
		assertThat(task.getFocus().getReference()).isEqualTo("Encounter/e1");
		assertThat(task.getRestriction().getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-06-06");
		assertThat(task.getOwner().getReference()).isEqualTo("PractitionerRole/tc");
		assertThat(task.getDescription()).startsWith("ICP transfer to the next setting").endsWith("Due 2026-06-06.");
		assertThat(ProfileCheck.errors(task)).isEmpty();
		assertThat(WorkItemTasks.showsWindow(task, transfer)).isTrue();
	}

	@Test
	void aCompletedWorkItemPointsToTheEvidenceThatSatisfiedTheWindowAndStaysValid() {
		Task task = WorkItemTasks.open(id, transfer, "Patient/p1", null);
		Window done = new Window("2E.3", transfer.what(), transfer.opens(), transfer.deadline(), LocalDate.of(2026, 6, 5),
				false, List.of("Encounter/e1", "Communication/c1"), transfer.trigger());

		WorkItemTasks.complete(task, done);

		assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
		assertThat(task.getExecutionPeriod().getEndElement().getValueAsString()).isEqualTo("2026-06-05");
		assertThat(task.getOutputFirstRep().getValue()).isInstanceOfSatisfying(Reference.class,
				r -> assertThat(r.getReference()).isEqualTo("Communication/c1"));
		assertThat(WorkItemTasks.completedByServer(task)).isTrue();
		assertThat(ProfileCheck.errors(task)).isEmpty();

		WorkItemTasks.reopen(task);
		assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
		assertThat(task.getOutput()).isEmpty();
	}

	@Test
	void theServersNoteIsSetOnceReplacedOrRemovedAndAPersonsNoteStays() {
		Task task = WorkItemTasks.open(id, transfer, "Patient/p1", null);
		task.addNote().setAuthor(new Reference("Practitioner/tc")).setText("Called the hospital");

		assertThat(WorkItemTasks.setNote(task, "No FHIR Endpoint is registered")).isTrue();
		assertThat(WorkItemTasks.setNote(task, "No FHIR Endpoint is registered")).as("unchanged").isFalse();
		assertThat(task.getNote()).extracting(n -> n.getText())
				.containsExactly("Called the hospital", "No FHIR Endpoint is registered");
		assertThat(ProfileCheck.errors(task)).isEmpty();

		assertThat(WorkItemTasks.setNote(task, null)).isTrue();
		assertThat(task.getNote()).extracting(n -> n.getText()).containsExactly("Called the hospital");
		assertThat(WorkItemTasks.setNote(task, null)).isFalse();
	}

	@Test
	void aCancelledWorkItemSaysItNoLongerApplies() {
		Task task = WorkItemTasks.open(id, transfer, "Patient/p1", null);

		WorkItemTasks.cancel(task);

		assertThat(WorkItemTasks.cancelledByServer(task)).isTrue();
		assertThat(ProfileCheck.errors(task)).isEmpty();
	}
}
