package org.snpmoc.transitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.snpmoc.contract.MocCodes.V3_ACT_CODE;

import ca.uhn.fhir.rest.api.CacheControlDirective;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snpmoc.contract.MocCodes;
import org.snpmoc.hra.HraFixture;
import org.snpmoc.support.CareStory;
import org.snpmoc.support.H2ServerTest;
import org.snpmoc.support.ProfileCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Care transitions, enrollments and HRAs stored over REST open work items; stored evidence closes them. */
class WorkItemsIT extends H2ServerTest {
	@Autowired
	private WorkItemQueue queue;

	@Autowired
	private DataSource dataSource;

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
		Task toNextSetting = task("Task/" + WorkItem.idFor(id(stay), "2E.3", WorkItem.Anchor.DISCHARGE));
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
		assertThat(task(phiAccess).getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);

		String onTime = story.communication(patient, "phi-access", "2026-06-12", patient);
		Task closed = task(phiAccess);
		assertThat(closed.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
		assertThat(((Reference) closed.getOutputFirstRep().getValue()).getReference()).isEqualTo(onTime);
		assertThat(closed.getExecutionPeriod().getEndElement().getValueAsString()).isEqualTo("2026-06-12");
		assertThat(ProfileCheck.errors(closed)).isEmpty();
	}

	@Test
	void theBeneficiaryReadingTheirOwnRecordClosesThePhiAccessStep() {
		Encounter stay = story.stay(patient, "IMP", "2026-06-01", hospital);
		discharge(stay, "2026-06-05");

		AuditEvent read = new AuditEvent()
				.setType(new Coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", "RESTful Operation"))
				.setAction(AuditEvent.AuditEventAction.R)
				.setOutcome(AuditEvent.AuditEventOutcome._0);
		read.getRecordedElement().setValueAsString("2026-06-09T19:30:00-04:00");
		read.addAgent().setWho(new Reference(patient)).setRequestor(true);
		read.getSource().setObserver(new Reference(hospital));
		read.addEntity().setWhat(new Reference(patient));
		String ownRead = story.create(read);

		assertThat(evidenceOf(stay, "2E.4")).isEqualTo(ownRead);
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

		Task admissionNotice = task("Task/" + WorkItem.idFor(id(stay), "2E.6", WorkItem.Anchor.ADMISSION));
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
		Task due = task(initial);
		assertThat(due.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
		assertThat(due.getRestriction().getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-04-15");

		String hra = story.create(HraFixture.response(instrument, patient, "2026-02-01"));

		Task done = task(initial);
		assertThat(done.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
		assertThat(((Reference) done.getOutputFirstRep().getValue()).getReference()).isEqualTo(hra);
		Task next = task("Task/" + WorkItem.idFor(hra.replace("QuestionnaireResponse/", ""), "2B.3",
				WorkItem.Anchor.ANNUAL));
		assertThat(next.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
		assertThat(next.getRestriction().getPeriod().getEndElement().getValueAsString()).isEqualTo("2027-02-01");
	}

	/**
	 * Work items are written after the write commits, from a queue kept in the database: while no worker runs, a
	 * stay waits in the queue (the health endpoint counts it) and gets its items when one starts again; a rolled
	 * back write leaves nothing queued.
	 */
	@Test
	void aQueuedStayGetsItsItemsOnceTheWorkersRunAgainAndARolledBackWriteQueuesNothing() throws Exception {
		settle();
		queue.stop();
		Encounter stay;
		try {
			stay = story.stay(patient, "IMP", "2026-06-01", hospital);
			Bundle failing = new Bundle().setType(Bundle.BundleType.TRANSACTION);
			Encounter rolledBack = new Encounter().setStatus(Encounter.EncounterStatus.INPROGRESS)
					.setClass_(new Coding(V3_ACT_CODE, "IMP", null)).setSubject(new Reference(patient))
					.setServiceProvider(new Reference(hospital));
			rolledBack.getMeta().addProfile(MocCodes.profile("moc-transition-encounter"));
			rolledBack.getPeriod().getStartElement().setValueAsString("2026-06-03");
			failing.addEntry().setResource(rolledBack).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Encounter");
			// Stored after the stay (HAPI writes POSTs before PUTs) and refused by its profile: no subject.
			Encounter invalid = rolledBack.copy().setSubject(null);
			failing.addEntry().setResource(invalid).getRequest().setMethod(Bundle.HTTPVerb.PUT)
					.setUrl("Encounter/rolled-back-" + System.nanoTime());
			assertThatThrownBy(() -> client.transaction().withBundle(failing).execute())
					.isInstanceOf(BaseServerResponseException.class);

			assertThat(workItemsNow(stay)).isEmpty();
			assertThat(healthDetail("pending")).isEqualTo(1);
		} finally {
			queue.start();
		}
		assertThat(workItems(stay)).extracting(WorkItemsIT::factor).containsExactlyInAnyOrder("2E.2", "2E.3", "2E.6");
		assertThat(healthDetail("pending")).isZero();
		assertThat(healthDetail("failed")).isZero();
	}

	/** An event that cannot be handled is tried three times, then left in the queue and counted as failed. */
	@Test
	void anEventThatKeepsFailingIsGivenUpAndShownOnTheHealthEndpoint() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("INSERT INTO MOC_WORK_EVENT (RES_TYPE, RES_ID, PATIENT_HASH) VALUES ('NoSuchType', 'x', 0)");
		try {
			settle();
			assertThat(healthDetail("failed")).isEqualTo(1);
			assertThat(jdbc.queryForObject("SELECT ATTEMPTS FROM MOC_WORK_EVENT WHERE RES_TYPE = 'NoSuchType'",
					Integer.class)).isEqualTo(3);

			Encounter stay = story.stay(patient, "IMP", "2026-06-01", hospital);
			assertThat(workItems(stay)).as("the lane goes on").hasSize(3);
		} finally {
			jdbc.update("DELETE FROM MOC_WORK_EVENT WHERE RES_TYPE = 'NoSuchType'");
		}
		assertThat(healthDetail("failed")).isZero();
	}

	private int healthDetail(String name) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(rootUrl() + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		JsonNode health = new ObjectMapper().readTree(response.body());
		return health.path("components").path("workItems").path("details").path(name).asInt(-1);
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
		Task done = task("Task/" + WorkItem.idFor(id(stay), factor, WorkItem.Anchor.DISCHARGE));
		assertThat(done.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
		return ((Reference) done.getOutputFirstRep().getValue()).getReference();
	}

	private Task.TaskStatus status(Encounter stay, String factor, WorkItem.Anchor anchor) {
		return task("Task/" + WorkItem.idFor(id(stay), factor, anchor)).getStatus();
	}

	/** The work item as stored once every write so far has had its work items written. */
	private Task task(String reference) {
		settle();
		return story.read(Task.class, reference);
	}

	private void settle() {
		assertThat(queue.awaitIdle(Duration.ofSeconds(30))).as("work items written").isTrue();
	}

	private List<Task> workItems(Encounter stay) {
		settle();
		return workItemsNow(stay);
	}

	private List<Task> workItemsNow(Encounter stay) {
		Bundle bundle = client.search().forResource(Task.class)
				.where(Task.FOCUS.hasId(stay.getIdElement().toUnqualifiedVersionless().getValue()))
				.count(100).cacheControl(new CacheControlDirective().setNoCache(true))
				.returnBundle(Bundle.class).execute();
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
