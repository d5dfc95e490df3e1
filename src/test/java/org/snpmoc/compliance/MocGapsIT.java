package org.snpmoc.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.snpmoc.contract.MocCodes.*;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snpmoc.support.H2ServerTest;
import org.snpmoc.transitions.WorkItemQueue;
import org.springframework.beans.factory.annotation.Autowired;

/** $moc-gaps over HTTP: work items for what is overdue or due soon, never stored. */
class MocGapsIT extends H2ServerTest {
	@Autowired
	private WorkItemQueue workItems;

	private MocStories stories;

	@BeforeEach
	void loadExamples() {
		stories = new MocStories(client);
		stories.loadExamples();
	}

	@Test
	void overdueInitialHraIsOnTheBeneficiarysWorkList() {
		String patient = stories.patient();
		stories.enrollment(patient, "2026-01-01");
		assertThat(workItems.awaitIdle(Duration.ofSeconds(30))).isTrue();
		int storedBefore = storedTasks(patient);

		List<Task> items = tasks(client.operation().onInstance("Patient/" + patient).named("$moc-gaps")
				.withParameter(Parameters.class, "asOf", new StringType("2026-06-01")).useHttpGet()
				.returnResourceType(Bundle.class).execute());

		Task hra = items.stream().filter(t -> "2B.3".equals(t.getReasonCode().getCodingFirstRep().getCode()))
				.findFirst().orElseThrow();
		assertThat(hra.getCode().getCodingFirstRep().getSystem()).isEqualTo(CS_ARTIFACT);
		assertThat(hra.getCode().getCodingFirstRep().getCode()).isEqualTo(WORK_ITEM);
		assertThat(hra.getReasonCode().getCodingFirstRep().getSystem()).isEqualTo(CS_FACTOR);
		assertThat(hra.getFor().getReference()).isEqualTo("Patient/" + patient);
		assertThat(hra.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
		assertThat(hra.getBusinessStatus().getText()).isEqualTo("overdue");
		assertThat(hra.getRestriction().getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-04-01");
		assertThat(hra.getDescription()).contains("enrollment date 2026-01-01");
		// Overdue items come first.
		assertThat(items.get(0).getBusinessStatus().getText()).isEqualTo("overdue");
		// A work list, not data: the call stored nothing (the workflow's own HRA-due item was there before).
		assertThat(workItems.awaitIdle(Duration.ofSeconds(30))).isTrue();
		assertThat(storedTasks(patient)).isEqualTo(storedBefore);
	}

	private int storedTasks(String patient) {
		return client.search().forResource(Task.class).where(Task.SUBJECT.hasId("Patient/" + patient))
				.returnBundle(Bundle.class).execute().getEntry().size();
	}

	@Test
	void hraDueWithinTheHorizonIsDueSoon() {
		String patient = stories.patient();
		stories.enrollment(patient, "2026-03-01");

		List<Task> items = tasks(client.operation().onInstance("Patient/" + patient).named("$moc-gaps")
				.withParameter(Parameters.class, "asOf", new StringType("2026-05-10")).useHttpGet()
				.returnResourceType(Bundle.class).execute());

		assertThat(items).anySatisfy(t -> {
			assertThat(t.getReasonCode().getCodingFirstRep().getCode()).isEqualTo("2B.3");
			assertThat(t.getBusinessStatus().getText()).isEqualTo("due-soon");
			assertThat(t.getRestriction().getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-05-30");
		});
		assertThat(items).noneSatisfy(t -> assertThat(t.getBusinessStatus().getText()).isEqualTo("overdue"));
	}

	@Test
	void planWorkListHoldsEveryEnrolledBeneficiaryAndStaffTraining() {
		String patient = stories.patient();
		stories.enrollment(patient, "2026-01-01");

		Bundle plan = client.operation().onServer().named("$moc-gaps")
				.withParameter(Parameters.class, "asOf", new StringType("2026-11-01")).useHttpGet()
				.returnResourceType(Bundle.class).execute();

		assertThat(plan.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		List<Task> items = tasks(plan);
		assertThat(items).anySatisfy(t -> {
			assertThat(t.getFor().getReference()).isEqualTo("Patient/" + patient);
			assertThat(t.getReasonCode().getCodingFirstRep().getCode()).isEqualTo("2B.3");
		});
		// The example roster: the care coordinator's yearly training lapsed on 2026-09-30.
		assertThat(items).anySatisfy(t -> {
			assertThat(t.getReasonCode().getCodingFirstRep().getCode()).isEqualTo("2A.5");
			assertThat(t.getFor().getReference()).isEqualTo("Practitioner/moc-example-staff-coordinator-1");
			assertThat(t.getBusinessStatus().getText()).isEqualTo("overdue");
		});

		Bundle firstPage = client.operation().onServer().named("$moc-gaps")
				.withParameter(Parameters.class, "asOf", new StringType("2026-11-01"))
				.andParameter("_count", new IntegerType(2)).useHttpGet()
				.returnResourceType(Bundle.class).execute();
		assertThat(firstPage.getEntry()).hasSize(2);
		assertThat(firstPage.getLink("next").getUrl()).contains("_offset=2");
	}

	/** Pages are cut from one list; a write between two calls is on the next list, not hidden by the kept one. */
	@Test
	void planPagesFollowOneListAndAWriteBetweenCallsIsOnTheNextList() {
		List<String> whole = keys(planGaps(null, null));
		List<String> paged = new ArrayList<>(keys(planGaps(3, null)));
		paged.addAll(keys(planGaps(3, 3)));
		assertThat(paged).isEqualTo(whole.subList(0, Math.min(6, whole.size())));

		String patient = stories.patient();
		stories.enrollment(patient, "2026-01-01");

		assertThat(whole).noneMatch(k -> k.startsWith("Patient/" + patient + " "));
		assertThat(keys(planGaps(null, null))).contains("Patient/" + patient + " 2B.3");
	}

	private Bundle planGaps(Integer count, Integer offset) {
		Parameters parameters = new Parameters();
		parameters.addParameter("asOf", new StringType("2026-11-01"));
		if (count != null) {
			parameters.addParameter("_count", new IntegerType(count));
		}
		if (offset != null) {
			parameters.addParameter("_offset", new IntegerType(offset));
		}
		return client.operation().onServer().named("$moc-gaps").withParameters(parameters).useHttpGet()
				.returnResourceType(Bundle.class).execute();
	}

	/** Each item as "who factor", in list order. */
	private static List<String> keys(Bundle bundle) {
		return tasks(bundle).stream()
				.map(t -> t.getFor().getReference() + " " + t.getReasonCode().getCodingFirstRep().getCode())
				.toList();
	}

	@Test
	void unknownPatientIs404AndBadAsOfIs400() {
		assertThatThrownBy(() -> client.operation().onInstance("Patient/nobody-here").named("$moc-gaps")
				.withNoParameters(Parameters.class).useHttpGet().returnResourceType(Bundle.class).execute())
				.isInstanceOf(ResourceNotFoundException.class);
		assertThatThrownBy(() -> client.operation().onServer().named("$moc-gaps")
				.withParameter(Parameters.class, "asOf", new StringType("2026-02-30")).useHttpGet()
				.returnResourceType(Bundle.class).execute())
				.isInstanceOf(InvalidRequestException.class);
	}

	private static List<Task> tasks(Bundle bundle) {
		return bundle.getEntry().stream().map(e -> (Task) e.getResource()).toList();
	}
}
