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
import org.snpmoc.compliance.MocPolicy;
import org.snpmoc.contract.IctRole;
import org.snpmoc.contract.MocCodes;
import org.snpmoc.support.ProfileCheck;

class WorkItemTasksTest {
	private static final ZoneId ZONE = ZoneId.of("America/New_York");
	private final Stay stay = new Stay("Encounter/e1", "Patient/p1", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5),
			"Organization/hospital", true, "Organization/snf");
	private final WorkItem transfer = new WorkItemPlanner(new MocPolicy()).discharge(stay, false, "PractitionerRole/tc").get(0);

	@Test
	void aWorkItemIsAValidWorkItemTaskAndReadsBackTheSame() {
		Task task = WorkItemTasks.toTask(transfer);

		assertThat(task.getIdElement().getIdPart()).isEqualTo("wi-e1-2E.3-discharge");
		assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
		assertThat(task.getIntent()).isEqualTo(Task.TaskIntent.ORDER);
		assertThat(task.getRestriction().getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-06-06");
		assertThat(task.getOwner().getReference()).isEqualTo("PractitionerRole/tc");
		assertThat(ProfileCheck.errors(task)).isEmpty();
		assertThat(WorkItemTasks.fromTask(task, ZONE)).isEqualTo(transfer);
	}

	@Test
	void aCompletedWorkItemPointsToItsEvidenceAndStaysValid() {
		Task task = WorkItemTasks.toTask(transfer);

		WorkItemTasks.complete(task, "Communication/c1", LocalDate.of(2026, 6, 5));

		assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
		assertThat(task.getOutputFirstRep().getValue()).isInstanceOfSatisfying(Reference.class,
				r -> assertThat(r.getReference()).isEqualTo("Communication/c1"));
		assertThat(ProfileCheck.errors(task)).isEmpty();
	}

	@Test
	void aTaskTheServerDidNotOpenIsNoWorkItem() {
		Task task = WorkItemTasks.toTask(transfer);
		task.setId("someone-elses-task");

		assertThat(WorkItemTasks.fromTask(task, ZONE)).isNull();
	}

	@Test
	void theTransitionCoordinatorServingOnTheDayOwnsTheItemElseTheCareCoordinator() {
		CareTeam ict = new CareTeam().setStatus(CareTeam.CareTeamStatus.ACTIVE);
		ict.addCategory(new CodeableConcept(new Coding(MocCodes.CS_ARTIFACT, "ict", null)));
		ict.addParticipant().setMember(new Reference("PractitionerRole/cc"))
				.addRole(new CodeableConcept(new Coding(MocCodes.CS_ICT_ROLE, "care-coordinator", null)));
		ict.addParticipant().setMember(new Reference("PractitionerRole/tc"))
				.addRole(new CodeableConcept(new Coding(MocCodes.CS_ICT_ROLE, "transition-coordinator", null)))
				.getPeriod().setStartElement(new DateTimeType("2026-03-01"));
		IctRole[] order = {IctRole.TRANSITION_COORDINATOR, IctRole.CARE_COORDINATOR};

		assertThat(IctOwner.of(List.of(ict), LocalDate.of(2026, 6, 1), ZONE, order)).isEqualTo("PractitionerRole/tc");
		assertThat(IctOwner.of(List.of(ict), LocalDate.of(2026, 2, 1), ZONE, order)).isEqualTo("PractitionerRole/cc");
		assertThat(IctOwner.of(List.of(ict.copy().setStatus(CareTeam.CareTeamStatus.INACTIVE)), LocalDate.of(2026, 6, 1),
				ZONE, order)).isNull();
	}
}
