package org.snpmoc.compliance.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.Window;

class GapFinderTest {
	private static final LocalDate AS_OF = LocalDate.parse("2026-06-01");
	private static final EvaluationContext CONTEXT = new EvaluationContext(AS_OF, ZoneId.of("America/New_York"));
	private static final String PATIENT = "Patient/p";
	private final GapFinder finder = new GapFinder(30);

	private static FactorResult result(String factor, Outcome outcome, Window... windows) {
		return new FactorResult(factor, outcome, "reason of " + factor, List.of(), List.of(windows));
	}

	@Test
	void missedWindowInTheLookBackYearIsOverdue() {
		Window missed = Window.unsatisfied("2B.3", "HRA within 90 days", AS_OF.minusDays(150), AS_OF.minusDays(60), List.of());
		assertThat(finder.find(List.of(result("2B.3", Outcome.NOT_MET, missed)), PATIENT, List.of(), CONTEXT))
				.containsExactly(new Gap("2B.3", PATIENT, "HRA within 90 days", AS_OF.minusDays(60), true));
	}

	@Test
	void missedWindowBeforeTheLookBackYearIsLeftOut() {
		Window old = Window.unsatisfied("2B.3", "HRA", AS_OF.minusDays(500), AS_OF.minusDays(400), List.of());
		assertThat(finder.find(List.of(result("2B.3", Outcome.NOT_APPLICABLE, old)), PATIENT, List.of(), CONTEXT)).isEmpty();
	}

	@Test
	void openWindowIsDueSoonUpToTheHorizonInclusive() {
		Window atHorizon = Window.unsatisfied("2C.2", "ICP review", AS_OF, AS_OF.plusDays(30), List.of());
		Window beyond = Window.unsatisfied("2D.3", "ICT review", AS_OF, AS_OF.plusDays(31), List.of());
		assertThat(finder.find(List.of(result("2C.2", Outcome.PENDING, atHorizon), result("2D.3", Outcome.PENDING, beyond)),
				PATIENT, List.of(), CONTEXT))
				.containsExactly(new Gap("2C.2", PATIENT, "ICP review", AS_OF.plusDays(30), false));
	}

	@Test
	void satisfiedWindowsAreNotWork() {
		Window done = Window.satisfied("2B.4", "RiskAssessment", AS_OF.minusDays(20), AS_OF.plusDays(10), AS_OF.minusDays(19), List.of());
		assertThat(finder.find(List.of(result("2B.4", Outcome.MET, done)), PATIENT, List.of(), CONTEXT)).isEmpty();
	}

	@Test
	void notMetWithoutAWindowIsOverdueOnAsOfWithItsReason() {
		assertThat(finder.find(List.of(result("2C.4", Outcome.NOT_MET)), PATIENT, List.of(), CONTEXT))
				.containsExactly(new Gap("2C.4", PATIENT, "reason of 2C.4", AS_OF, true));
	}

	@Test
	void trainingItemIsForTheStaffMember() {
		Window training = Window.unsatisfied("2A.5", "MOC training", AS_OF.minusDays(90), AS_OF.minusDays(1),
				List.of("PractitionerRole/r", "Practitioner/s"));
		assertThat(finder.find(List.of(result("2A.5", Outcome.NOT_MET, training)), PATIENT, List.of(), CONTEXT))
				.extracting(Gap::subject).containsExactly("Practitioner/s");
	}

	@Test
	void workItemTaskCarriesTheContractFields() {
		Task task = WorkListBuilder.task(new Gap("2B.3", PATIENT, "HRA within 90 days", AS_OF, true));
		assertThat(task.getCode().getCodingFirstRep().getCode()).isEqualTo("work-item");
		assertThat(task.getReasonCode().getCodingFirstRep().getCode()).isEqualTo("2B.3");
		assertThat(task.getFor().getReference()).isEqualTo(PATIENT);
		assertThat(task.getRestriction().getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-06-01");
		assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
		assertThat(task.getBusinessStatus().getText()).isEqualTo("overdue");
	}
}
