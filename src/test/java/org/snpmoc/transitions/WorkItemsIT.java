package org.snpmoc.transitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snpmoc.hra.HraFixture;
import org.snpmoc.support.CareStory;
import org.snpmoc.support.H2ServerTest;
import org.snpmoc.support.ProfileCheck;

/** Care transitions, enrollments and HRAs stored over REST open work items; stored evidence closes them. */
class WorkItemsIT extends H2ServerTest {
	private CareStory story;
	private String patient;
	private String hospital;
	private String snf;
	private String transitionCoordinator;

	@BeforeEach
	void beneficiaryWithAnIct() {
		story = new CareStory(client);
		patient = story.patient();
		hospital = story.organization("Bayview General Hospital");
		snf = story.organization("Palm Gardens Skilled Nursing");
		transitionCoordinator = story.staff("transition-coordinator");
		story.ict(patient, "care-coordinator", story.staff("care-coordinator"),
				"transition-coordinator", transitionCoordinator, "beneficiary", patient);
	}

	@Test
	void anAdmissionOpensItsThreeStepsDueTheNextDayOwnedByTheTransitionCoordinator() {
		Encounter stay = story.stay(patient, "IMP", "2026-06-01", hospital);

		List<Task> items = workItems(stay);

		assertThat(items).extracting(WorkItemsIT::factor, WorkItemsIT::due).containsExactlyInAnyOrder(
				tuple("2E.2", "2026-06-02"), tuple("2E.3", "2026-06-02"), tuple("2E.6", "2026-06-02"));
		assertThat(items).allSatisfy(t -> {
			assertThat(t.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
			assertThat(t.getOwner().getReference()).isEqualTo(transitionCoordinator);
			assertThat(t.getFor().getReference()).isEqualTo(patient);
			assertThat(t.getAuthoredOnElement().getValueAsString()).isEqualTo("2026-06-01");
			assertThat(ProfileCheck.errors(t)).isEmpty();
		});
	}

	@Test
	void theDischargeOpensTheDischargeStepsWithTheirDueDatesAndResavingAddsNothing() {
		Encounter stay = story.stay(patient, "NONAC", "2026-06-01", hospital);
		discharge(stay, "2026-06-05");

		assertThat(workItems(stay)).filteredOn(t -> t.getIdElement().getIdPart().endsWith("-discharge"))
				.extracting(WorkItemsIT::factor, WorkItemsIT::due).containsExactlyInAnyOrder(
						tuple("2E.3", "2026-06-06"), tuple("2E.6", "2026-06-06"), tuple("2E.1", "2026-06-12"),
						tuple("2E.4", "2026-06-12"), tuple("2E.5", "2026-07-05"), tuple("2B.3", "2026-07-05"),
						tuple("2C.2", "2026-07-05"));
		Task toNextSetting = story.read(Task.class, "Task/" + WorkItem.idFor(id(stay), "2E.3", WorkItem.Anchor.DISCHARGE));
		assertThat(toNextSetting.getRestriction().getRecipientFirstRep().getReference()).isEqualTo(snf);

		client.update().resource(stay).execute();
		assertThat(workItems(stay)).hasSize(10);
	}

	@Test
	void evidenceInsideTheWindowClosesItsItemAndEvidenceOutsideDoesNot() {
		Encounter stay = story.stay(patient, "IMP", "2026-06-01", hospital);
		discharge(stay, "2026-06-05");
		String phiAccess = "Task/" + WorkItem.idFor(id(stay), "2E.4", WorkItem.Anchor.DISCHARGE);

		story.communication(patient, "phi-access", "2026-06-13", patient);
		assertThat(story.read(Task.class, phiAccess).getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);

		String onTime = story.communication(patient, "phi-access", "2026-06-12", patient);
		Task closed = story.read(Task.class, phiAccess);
		assertThat(closed.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
		assertThat(((Reference) closed.getOutputFirstRep().getValue()).getReference()).isEqualTo(onTime);
		assertThat(closed.getExecutionPeriod().getEndElement().getValueAsString()).isEqualTo("2026-06-12");
		assertThat(ProfileCheck.errors(closed)).isEmpty();
	}

	@Test
	void theIcpTransferClosesOnlyTheStepOfTheSettingItReached() {
		Encounter stay = story.stay(patient, "IMP", "2026-06-01", hospital);
		discharge(stay, "2026-06-05");

		story.communication(patient, "icp-transfer", "2026-06-05", snf);

		assertThat(status(stay, "2E.3", WorkItem.Anchor.DISCHARGE)).isEqualTo(Task.TaskStatus.COMPLETED);
		assertThat(status(stay, "2E.3", WorkItem.Anchor.ADMISSION)).isEqualTo(Task.TaskStatus.REQUESTED);
	}

	@Test
	void evidenceAlreadyOnRecordClosesTheItemAsItOpensAndANoticeAtAdmissionSparesTheOneAtDischarge() {
		String notice = story.communication(patient, "point-of-contact-notice", "2026-06-02", patient);
		Encounter stay = story.stay(patient, "ACUTE", "2026-06-01", hospital);
		discharge(stay, "2026-06-05");

		Task admissionNotice = story.read(Task.class, "Task/" + WorkItem.idFor(id(stay), "2E.6", WorkItem.Anchor.ADMISSION));
		assertThat(admissionNotice.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
		assertThat(((Reference) admissionNotice.getOutputFirstRep().getValue()).getReference()).isEqualTo(notice);
		assertThat(workItems(stay)).extracting(WorkItemsIT::factor).containsOnlyOnce("2E.6");
	}

	@Test
	void evidenceOfEachKindOnRecordClosesItsDischargeStepAsItOpens() {
		Questionnaire instrument = story.hraInstrument();
		Encounter stay = story.stay(patient, "IMP", "2026-06-01", hospital);
		String booked = story.create(appointment("2026-06-08T10:00:00-04:00"));
		String education = story.communication(patient, "self-management-education", "2026-06-10", patient);
		String hra = story.create(HraFixture.response(instrument, patient, "2026-06-20"));
		story.communication(patient, "phi-access", "2026-06-04", patient);

		discharge(stay, "2026-06-05");

		assertThat(evidenceOf(stay, "2E.1")).isEqualTo(booked);
		assertThat(evidenceOf(stay, "2E.5")).isEqualTo(education);
		assertThat(evidenceOf(stay, "2B.3")).isEqualTo(hra);
		assertThat(status(stay, "2E.4", WorkItem.Anchor.DISCHARGE)).as("notice before the discharge")
				.isEqualTo(Task.TaskStatus.REQUESTED);
		assertThat(status(stay, "2C.2", WorkItem.Anchor.DISCHARGE)).isEqualTo(Task.TaskStatus.REQUESTED);
	}

	@Test
	void anEnrollmentOpensTheInitialHraWhichTheHraClosesBeforeOpeningTheNextYearlyOne() {
		Questionnaire instrument = story.hraInstrument();
		String enrollment = story.enrollment(patient, "2026-01-15", snf);
		String initial = "Task/" + WorkItem.idFor(enrollment.replace("Coverage/", ""), "2B.3", WorkItem.Anchor.ENROLLMENT);
		Task due = story.read(Task.class, initial);
		assertThat(due.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
		assertThat(due.getRestriction().getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-04-15");

		String hra = story.create(HraFixture.response(instrument, patient, "2026-02-01"));

		Task done = story.read(Task.class, initial);
		assertThat(done.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
		assertThat(((Reference) done.getOutputFirstRep().getValue()).getReference()).isEqualTo(hra);
		Task next = story.read(Task.class, "Task/" + WorkItem.idFor(hra.replace("QuestionnaireResponse/", ""), "2B.3",
				WorkItem.Anchor.ANNUAL));
		assertThat(next.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
		assertThat(next.getRestriction().getPeriod().getEndElement().getValueAsString()).isEqualTo("2027-02-01");
	}

	private void discharge(Encounter stay, String date) {
		stay.setStatus(Encounter.EncounterStatus.FINISHED);
		stay.getPeriod().getEndElement().setValueAsString(date);
		stay.getHospitalization().setDestination(new Reference(story.location("Palm Gardens rehabilitation unit", snf)));
		client.update().resource(stay).execute();
	}

	private Appointment appointment(String start) {
		Appointment visit = new Appointment().setStatus(Appointment.AppointmentStatus.BOOKED);
		visit.getStartElement().setValueAsString(start);
		visit.getEndElement().setValueAsString(start.replace("T10:", "T11:"));
		visit.addParticipant().setActor(new Reference(patient))
				.setStatus(Appointment.ParticipationStatus.ACCEPTED);
		return visit;
	}

	private String evidenceOf(Encounter stay, String factor) {
		Task done = story.read(Task.class, "Task/" + WorkItem.idFor(id(stay), factor, WorkItem.Anchor.DISCHARGE));
		assertThat(done.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
		return ((Reference) done.getOutputFirstRep().getValue()).getReference();
	}

	private Task.TaskStatus status(Encounter stay, String factor, WorkItem.Anchor anchor) {
		return story.read(Task.class, "Task/" + WorkItem.idFor(id(stay), factor, anchor)).getStatus();
	}

	private List<Task> workItems(Encounter stay) {
		Bundle bundle = client.search().forResource(Task.class)
				.where(Task.FOCUS.hasId(stay.getIdElement().toUnqualifiedVersionless().getValue()))
				.count(100).returnBundle(Bundle.class).execute();
		return bundle.getEntry().stream().map(e -> (Task) e.getResource()).toList();
	}

	private static String id(Encounter stay) {
		return stay.getIdElement().getIdPart();
	}

	private static String factor(Task task) {
		return task.getReasonCode().getCodingFirstRep().getCode();
	}

	private static String due(Task task) {
		return task.getRestriction().getPeriod().getEndElement().getValueAsString();
	}
}
