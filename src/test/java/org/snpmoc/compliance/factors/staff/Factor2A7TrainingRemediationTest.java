package org.snpmoc.compliance.factors.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.ict.IctFixtures.*;
import static org.snpmoc.compliance.factors.staff.StaffFixtures.*;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.Outcome;

class Factor2A7TrainingRemediationTest {
	private final Factor2A7TrainingRemediation check = new Factor2A7TrainingRemediation(90, 365);

	/** A nurse who started 200 days ago and never trained, plus the given resources. */
	private static StaffRoster overdue(Resource... more) {
		List<Resource> all = new ArrayList<>(List.of(role("r1", "nurse", "p1", daysBefore(200)), practitioner("p1")));
		all.addAll(List.of(more));
		return roster(all.toArray(Resource[]::new));
	}

	@Test
	void metWithNothingToRemediate() {
		var result = check.evaluate(roster(role("r1", "nurse", "p1", daysBefore(200)), practitioner("p1", daysBefore(150))),
				CONTEXT);

		assertThat(result.result().outcome()).isEqualTo(Outcome.MET);
		assertThat(result.result().reason()).contains("nothing to remediate");
		assertThat(result.checked()).isZero();
	}

	@Test
	void notMetWhenOverdueStaffHaveNoRemediationTask() {
		var result = check.evaluate(overdue(), CONTEXT);

		assertThat(result.result().outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.result().reason()).contains("Dana Lee (Practitioner/p1)");
		assertThat(result.checked()).isEqualTo(1);
		assertThat(result.passing()).isZero();
	}

	@Test
	void metByATaskForOneOfTheStaffMembersRoles() {
		var result = check.evaluate(overdue(remediation("task1", "PractitionerRole/r1")), CONTEXT);

		assertThat(result.result().outcome()).isEqualTo(Outcome.MET);
		assertThat(result.result().evidence()).containsExactly("Practitioner/p1", "Task/task1");
		assertThat(result.passing()).isEqualTo(1);
	}

	@Test
	void metByACompletedTaskOwnedByTheStaffMember() {
		var task = remediation("task1", "Organization/plan");
		task.setOwner(new Reference("Practitioner/p1"));
		task.setStatus(Task.TaskStatus.COMPLETED);

		assertThat(check.evaluate(overdue(task), CONTEXT).result().outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void aCancelledTaskDoesNotRemediate() {
		var task = remediation("task1", "Practitioner/p1");
		task.setStatus(Task.TaskStatus.CANCELLED);

		assertThat(check.evaluate(overdue(task), CONTEXT).result().outcome()).isEqualTo(Outcome.NOT_MET);
	}
}
