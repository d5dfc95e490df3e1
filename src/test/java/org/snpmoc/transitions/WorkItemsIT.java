package org.snpmoc.transitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.support.ReportJson.outcome;
import static org.snpmoc.support.ReportJson.outcomeOf;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snpmoc.audit.AuditEvents;
import org.snpmoc.audit.AuditTrail;
import org.snpmoc.compliance.Trigger;
import org.snpmoc.contract.MocCodes;
import org.snpmoc.hra.HraFixture;
import org.snpmoc.security.Caller;
import org.snpmoc.security.SmartScopes;
import org.snpmoc.support.CareStory;
import org.snpmoc.support.H2ServerTest;
import org.snpmoc.support.ProfileCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Care transitions, enrollments and HRAs stored over REST open work items exactly where $moc-evaluate finds a window
 * unmet; stored evidence closes them, withdrawn evidence reopens them.
 */
class WorkItemsIT extends H2ServerTest {
	@Autowired
	private WorkItemQueue queue;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private AuditTrail trail;

	private CareStory story;
	private String patient;
	private String hospital;
	private String snf;
	private String careCoordinator;
	private String transitionCoordinator;
	private String enrollment;
	private String today;

	@BeforeEach
	void enrolledBeneficiaryWithAnIct() {
		story = new CareStory(client);
		patient = story.patient();
		hospital = story.organization("Bayview General Hospital");
		snf = story.organization("Palm Gardens Skilled Nursing");
		careCoordinator = story.staff("care-coordinator");
		transitionCoordinator = story.staff("transition-coordinator");
		enrollment = story.enrollment(patient, "2026-01-15", snf);
		today = LocalDate.now(ZoneId.of("America/New_York")).toString();
	}

	private void ictWithCoordinators() {
		story.ict(patient, "care-coordinator", careCoordinator, "transition-coordinator", transitionCoordinator,
				"beneficiary", patient);
	}

	@Test
	void anAdmissionOpensItsStepsOwnedByTheTransitionCoordinatorAndACoordinatorOnTheIctNeedsNoItem() throws Exception {
		ictWithCoordinators();
		Encounter stay = story.stay(patient, "IMP", "2026-06-01", hospital);

		List<Task> items = workItems(stay);

		// 2E.2 is met by the coordinator on the ICT, exactly as $moc-evaluate says: nothing to do, no item.
		// While the member is still in hospital the point-of-contact notice can still come at discharge.
		assertThat(items).extracting(WorkItemsIT::factor, WorkItemsIT::due).containsExactlyInAnyOrder(
				tuple("2E.3", "2026-06-02"), tuple("2E.6", LocalDate.parse(today).plusDays(1).toString()));
		assertThat(items).allSatisfy(t -> {
			assertThat(t.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
			assertThat(t.getOwner().getReference()).isEqualTo(transitionCoordinator);
			assertThat(t.getFor().getReference()).isEqualTo(patient);
			assertThat(t.getAuthoredOnElement().getValueAsString()).isEqualTo("2026-06-01");
			assertThat(ProfileCheck.errors(t)).isEmpty();
		});
		assertThat(outcome(evaluate(), "2E.2")).isEqualTo("met");
	}

	@Test
	void withoutACoordinatorTheCoordinationItemOpensAndATaskForTheStayCompletesIt() throws Exception {
		Encounter stay = story.stay(patient, "IMP", "2026-06-01", hospital);
		assertThat(status(stay, "2E.2", Trigger.Kind.ADMISSION)).isEqualTo(Task.TaskStatus.REQUESTED);
		assertThat(outcome(evaluate(), "2E.2")).isEqualTo("not-met");

		Task coordination = new Task().setStatus(Task.TaskStatus.INPROGRESS).setIntent(Task.TaskIntent.ORDER)
				.setCode(new CodeableConcept(new Coding(MocCodes.CS_ARTIFACT, "transition-coordination", null)))
				.setFor(new Reference(patient)).setOwner(new Reference(transitionCoordinator))
				.setFocus(new Reference(stay.getIdElement().toUnqualifiedVersionless().getValue()));
		coordination.getMeta().addProfile(MocCodes.profile("moc-transition-coordination-task"));
		coordination.getAuthoredOnElement().setValueAsString("2026-06-02");
		String task = story.create(coordination);

		assertThat(evidenceOf(stay, "2E.2", Trigger.Kind.ADMISSION)).isEqualTo(task);
		assertThat(outcome(evaluate(), "2E.2")).isEqualTo("met");
	}

	@Test
	void aCoordinatorPutOnTheIctAfterTheAdmissionCompletesTheCoordinationItem() throws Exception {
		Encounter stay = story.stay(patient, "IMP", "2026-06-01", hospital);
		assertThat(status(stay, "2E.2", Trigger.Kind.ADMISSION)).isEqualTo(Task.TaskStatus.REQUESTED);

		// A CareTeam written later, whose coordinator's participation covers the admission date.
		String team = story.ict(patient, "transition-coordinator", transitionCoordinator, "beneficiary", patient);

		assertThat(evidenceOf(stay, "2E.2", Trigger.Kind.ADMISSION)).isEqualTo(team);
		assertThat(outcome(evaluate(), "2E.2")).isEqualTo("met");
	}

	@Test
	void theDischargeOpensTheDischargeStepsWithTheirDueDatesAndResavingAddsNothing() throws Exception {
		ictWithCoordinators();
		Encounter stay = story.stay(patient, "NONAC", "2026-06-01", hospital);
		discharge(stay, "2026-06-05");

		assertThat(workItems(stay)).filteredOn(t -> t.getIdElement().getIdPart().endsWith("-discharge"))
				.extracting(WorkItemsIT::factor, WorkItemsIT::due).containsExactlyInAnyOrder(
						tuple("2E.3", "2026-06-06"), tuple("2E.1", "2026-06-12"), tuple("2E.4", "2026-06-12"),
						tuple("2E.5", "2026-07-05"), tuple("2B.3", "2026-07-05"), tuple("2C.2", "2026-07-05"));
		assertThat(task(stay, "2E.6", Trigger.Kind.ADMISSION).getRestriction().getPeriod().getEndElement()
				.getValueAsString()).as("the notice may follow the admission or the discharge").isEqualTo("2026-06-06");

		client.update().resource(stay).execute();
		assertThat(workItems(stay)).hasSize(8);
	}

	@Test
	void evidenceInsideTheWindowClosesItsItemAndEvidenceOutsideDoesNot() throws Exception {
		Encounter stay = story.stay(patient, "IMP", "2026-06-01", hospital);
		discharge(stay, "2026-06-05");

		story.communication(patient, "phi-access", "2026-06-13", patient);
		assertThat(status(stay, "2E.4", Trigger.Kind.DISCHARGE)).isEqualTo(Task.TaskStatus.REQUESTED);

		String onTime = story.communication(patient, "phi-access", "2026-06-12", patient);
		Task closed = task(stay, "2E.4", Trigger.Kind.DISCHARGE);
		assertThat(closed.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
		assertThat(((Reference) closed.getOutputFirstRep().getValue()).getReference()).isEqualTo(onTime);
		assertThat(closed.getExecutionPeriod().getEndElement().getValueAsString()).isEqualTo("2026-06-12");
		assertThat(ProfileCheck.errors(closed)).isEmpty();
	}

	@Test
	void aCommunicationNotYetSentClosesNothingAndEnteredInErrorEvidenceReopensTheItem() throws Exception {
		Encounter stay = story.stay(patient, "IMP", "2026-06-01", hospital);
		discharge(stay, "2026-06-05");
		String education = story.communication(patient, "self-management-education", "2026-06-10", patient);
		assertThat(evidenceOf(stay, "2E.5", Trigger.Kind.DISCHARGE)).isEqualTo(education);

		Communication withdrawn = story.read(Communication.class, education);
		withdrawn.setStatus(Communication.CommunicationStatus.ENTEREDINERROR);
		client.update().resource(withdrawn).execute();
		assertThat(status(stay, "2E.5", Trigger.Kind.DISCHARGE)).isEqualTo(Task.TaskStatus.REQUESTED);

		Communication draft = story.read(Communication.class, education);
		draft.setStatus(Communication.CommunicationStatus.INPROGRESS);
		client.update().resource(draft).execute();
		assertThat(status(stay, "2E.5", Trigger.Kind.DISCHARGE)).isEqualTo(Task.TaskStatus.REQUESTED);
		assertThat(outcome(evaluate(), "2E.5")).isEqualTo("not-met");
	}

	@Test
	void theBeneficiaryReadingTheirOwnRecordClosesThePhiAccessStep() throws Exception {
		Encounter stay = story.stay(patient, "IMP", "2026-06-01", hospital);
		discharge(stay, "2026-06-05");

		// The server's record of the beneficiary reading their record through a patient-scoped token.
		Caller beneficiary = new Caller("member-app", "member", patient, patient.substring(8),
				SmartScopes.of(List.of("patient/*.rs")));
		trail.record(AuditEvents.build(new AuditEvents.Access("read", AuditEvent.AuditEventAction.R, 200,
				Instant.parse("2026-06-09T23:30:00Z"), beneficiary, "203.0.113.9", Set.of(patient), List.of(patient),
				null, null)));
		assertThat(trail.awaitWritten(Duration.ofSeconds(30))).isTrue();
		assertThat(evidenceOf(stay, "2E.4", Trigger.Kind.DISCHARGE)).startsWith("AuditEvent/");
	}

	@Test
	void theIcpTransferClosesOnlyTheStepOfTheSettingItReached() throws Exception {
		String icp = story.icp(patient, "2026-05-01");
		Encounter stay = story.stay(patient, "IMP", "2026-06-01", hospital);
		discharge(stay, "2026-06-05");

		story.communication(patient, "icp-transfer", "2026-06-05", snf, icp);

		assertThat(status(stay, "2E.3", Trigger.Kind.DISCHARGE)).isEqualTo(Task.TaskStatus.COMPLETED);
		assertThat(status(stay, "2E.3", Trigger.Kind.ADMISSION)).isEqualTo(Task.TaskStatus.REQUESTED);
	}

	@Test
	void evidenceAlreadyOnRecordOpensNoItem() throws Exception {
		ictWithCoordinators();
		story.communication(patient, "point-of-contact-notice", "2026-06-02", patient, transitionCoordinator);
		Encounter stay = story.stay(patient, "ACUTE", "2026-06-01", hospital);
		String booked = story.create(appointment("2026-06-08T10:00:00-04:00"));
		story.communication(patient, "self-management-education", "2026-06-10", patient);
		story.create(HraFixture.response(story.hraInstrument(), patient, "2026-06-20"));
		story.communication(patient, "phi-access", "2026-06-04", patient);

		discharge(stay, "2026-06-05");

		assertThat(workItems(stay)).extracting(WorkItemsIT::factor).as("the notice before the discharge is too early")
				.containsExactlyInAnyOrder("2E.3", "2E.3", "2E.4", "2C.2");
		assertThat(booked).startsWith("Appointment/");
		assertThat(outcome(evaluate(), "2E.6")).isEqualTo("met");
		assertThat(outcome(evaluate(), "2E.1")).isEqualTo("met");
	}

	@Test
	void anEnrollmentOpensTheInitialHraWhichTheHraClosesBeforeOpeningTheNextYearlyOne() throws Exception {
		Questionnaire instrument = story.hraInstrument();
		String initial = "Task/" + WorkItem.idFor("2B.3", new Trigger(Trigger.Kind.ENROLLMENT, enrollment));
		Task due = task(initial);
		assertThat(due.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
		assertThat(due.getRestriction().getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-04-15");

		String hra = story.create(HraFixture.response(instrument, patient, "2026-02-01"));

		Task done = task(initial);
		assertThat(done.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
		assertThat(((Reference) done.getOutputFirstRep().getValue()).getReference()).isEqualTo(hra);
		Task next = task("Task/" + WorkItem.idFor("2B.3", new Trigger(Trigger.Kind.ANNUAL, hra)));
		assertThat(next.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
		assertThat(next.getRestriction().getPeriod().getEndElement().getValueAsString()).isEqualTo("2027-02-01");
	}

	@Test
	void aPatientWithoutSnpEnrollmentGetsNoWorkItemsAndAReportSayingWhy() throws Exception {
		String outsider = story.patient();
		Encounter stay = story.stay(outsider, "NONAC", "2026-06-01", hospital);
		discharge(stay, "2026-06-05");

		assertThat(workItems(stay)).isEmpty();
		JsonNode report = evaluate(outsider);
		assertThat(report.path("extension").toString()).contains("no active SNP enrollment");
		for (JsonNode group : report.path("group")) {
			String factorOutcome = outcomeOf(group);
			if (factorOutcome != null) {
				assertThat(factorOutcome).isEqualTo("not-applicable");
			}
		}
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
		// The discharge's items are opened before the evidence written next is looked at (a window already met
		// when it is first looked at opens no item).
		settle();
	}

	private Appointment appointment(String start) {
		Appointment visit = new Appointment().setStatus(Appointment.AppointmentStatus.BOOKED);
		visit.getStartElement().setValueAsString(start);
		visit.getEndElement().setValueAsString(start.replace("T10:", "T11:"));
		visit.addParticipant().setActor(new Reference(patient))
				.setStatus(Appointment.ParticipationStatus.ACCEPTED);
		return visit;
	}

	private String evidenceOf(Encounter stay, String factor, Trigger.Kind kind) {
		Task done = task(stay, factor, kind);
		assertThat(done.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
		return ((Reference) done.getOutputFirstRep().getValue()).getReference();
	}

	private Task.TaskStatus status(Encounter stay, String factor, Trigger.Kind kind) {
		return task(stay, factor, kind).getStatus();
	}

	private Task task(Encounter stay, String factor, Trigger.Kind kind) {
		return task("Task/" + WorkItem.idFor(factor, new Trigger(kind, stay.getIdElement().toUnqualifiedVersionless().getValue())));
	}

	private JsonNode evaluate() throws Exception {
		return evaluate(patient);
	}

	private JsonNode evaluate(String who) throws Exception {
		settle();
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(rootUrl() + "/fhir/" + who + "/$moc-evaluate?asOf=" + today)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return new ObjectMapper().readTree(response.body());
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

	private static String factor(Task task) {
		return task.getReasonCode().getCodingFirstRep().getCode();
	}

	private static String due(Task task) {
		return task.getRestriction().getPeriod().getEndElement().getValueAsString();
	}
}
