package org.snpmoc.transitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.CS_COMMUNICATION;
import static org.snpmoc.contract.MocCodes.EXT_ICP_REVISION_DATE;
import static org.snpmoc.contract.MocCodes.V3_ACT_CODE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.MocPolicy;
import org.snpmoc.transitions.WorkItem.Anchor;

class EvidenceRulesTest {
	private static final LocalDate ADMITTED = LocalDate.of(2026, 6, 1);
	private static final LocalDate DISCHARGED = LocalDate.of(2026, 6, 5);
	private static final ZoneId ZONE = ZoneId.of("America/New_York");
	private final WorkItemPlanner planner = new WorkItemPlanner(new MocPolicy());
	private final Stay stay = new Stay("Encounter/e1", "Patient/p1", ADMITTED, DISCHARGED, "Organization/hospital",
			true, "Organization/snf");
	private final EvidenceRules rules = new EvidenceRules(ZONE, qr -> qr.getQuestionnaire().startsWith("http://hra"));

	@Test
	void aCommunicationOfTheStepsCategoryClosesItOnTheLastDayButNotTheDayAfter() {
		WorkItem education = discharge("2E.5");

		assertThat(rules.closes(education, communication("self-management-education", "2026-07-05", null)))
				.contains(LocalDate.of(2026, 7, 5));
		assertThat(rules.closes(education, communication("self-management-education", "2026-07-06", null))).isEmpty();
		assertThat(rules.closes(education, communication("self-management-education", "2026-06-04", null))).isEmpty();
		assertThat(rules.closes(education, communication("phi-access", "2026-06-06", null))).isEmpty();
	}

	@Test
	void evidenceAboutAnotherPatientOrNotCompletedClosesNothing() {
		Communication other = communication("phi-access", "2026-06-06", null).setSubject(new Reference("Patient/p2"));
		Communication notDone = communication("phi-access", "2026-06-06", null)
				.setStatus(Communication.CommunicationStatus.NOTDONE);

		assertThat(rules.closes(discharge("2E.4"), other)).isEmpty();
		assertThat(rules.closes(discharge("2E.4"), notDone)).isEmpty();
	}

	@Test
	void theBeneficiaryReadingTheirOwnRecordInTheWindowClosesThePhiAccessStep() {
		WorkItem access = discharge("2E.4");

		assertThat(rules.closes(access, ownRead("Patient/p1", "2026-06-12T20:00:00-04:00", "Patient/p1")))
				.contains(LocalDate.of(2026, 6, 12));
		assertThat(rules.closes(access, ownRead("Patient/p1", "2026-06-09T09:00:00-04:00", "CarePlan/icp1")))
				.contains(LocalDate.of(2026, 6, 9));
		assertThat(rules.closes(access, ownRead("Patient/p1", "2026-06-13T09:00:00-04:00", "Patient/p1")))
				.as("a day late").isEmpty();
		assertThat(rules.closes(access, ownRead("Patient/p2", "2026-06-08T09:00:00-04:00", "Patient/p2")))
				.as("someone else").isEmpty();
		assertThat(rules.closes(access, ownRead("Patient/p1", "2026-06-08T09:00:00-04:00", "Patient/p2")))
				.as("another beneficiary's record").isEmpty();
		assertThat(rules.factorsFor(ownRead("Patient/p1", "2026-06-08T09:00:00-04:00", "Patient/p1")))
				.containsExactly("2E.4");
		assertThat(rules.factorsFor(ownRead("Practitioner/d1", "2026-06-08T09:00:00-04:00", "Patient/p1"))).isEmpty();
	}

	@Test
	void theIcpTransferMustReachTheSettingOfItsStep() {
		WorkItem toAdmittingSetting = planner.admission(stay, null).get(0);
		WorkItem toNextSetting = discharge("2E.3");

		Communication toHospital = communication("icp-transfer", "2026-06-02", "Organization/hospital");
		Communication toSnf = communication("icp-transfer", "2026-06-05", "Organization/snf");

		assertThat(rules.closes(toAdmittingSetting, toHospital)).isPresent();
		assertThat(rules.closes(toAdmittingSetting, toSnf)).isEmpty();
		assertThat(rules.closes(toNextSetting, toSnf)).isPresent();
		assertThat(rules.closes(toNextSetting, toHospital)).isEmpty();
	}

	@Test
	void aFollowUpIsAnAmbulatoryHomeOrVirtualVisitOrABookedAppointment() {
		WorkItem followUp = discharge("2E.1");
		Encounter visit = new Encounter().setStatus(Encounter.EncounterStatus.FINISHED)
				.setClass_(new Coding(V3_ACT_CODE, "HH", null)).setSubject(new Reference("Patient/p1"));
		visit.getPeriod().setStartElement(new DateTimeType("2026-06-12"));
		Encounter readmission = visit.copy().setClass_(new Coding(V3_ACT_CODE, "IMP", null));
		Appointment booked = new Appointment().setStatus(Appointment.AppointmentStatus.BOOKED);
		booked.addParticipant().setActor(new Reference("Patient/p1"));
		booked.getStartElement().setValueAsString("2026-06-08T10:00:00-04:00");

		assertThat(rules.closes(followUp, visit)).contains(LocalDate.of(2026, 6, 12));
		assertThat(rules.closes(followUp, readmission)).isEmpty();
		assertThat(rules.closes(followUp, booked)).contains(LocalDate.of(2026, 6, 8));
		assertThat(rules.closes(followUp, booked.copy().setStatus(Appointment.AppointmentStatus.CANCELLED))).isEmpty();
	}

	@Test
	void aCoordinationTaskOwnedByStaffForThisStayAssignsTheCoordinator() {
		WorkItem coordinator = planner.admission(stay, null).get(2);
		Task assignment = new Task().setStatus(Task.TaskStatus.ACCEPTED).setIntent(Task.TaskIntent.ORDER)
				.setCode(new CodeableConcept(new Coding(CS_ARTIFACT, "transition-coordination", null)))
				.setFor(new Reference("Patient/p1")).setFocus(new Reference("Encounter/e1"))
				.setOwner(new Reference("PractitionerRole/tc"));
		assignment.getAuthoredOnElement().setValueAsString("2026-06-01");

		assertThat(rules.closes(coordinator, assignment)).contains(ADMITTED);
		assertThat(rules.closes(coordinator, assignment.copy().setFocus(new Reference("Encounter/other")))).isEmpty();
		assertThat(rules.closes(coordinator, assignment.copy().setOwner(new Reference("Patient/p1")))).isEmpty();
	}

	@Test
	void anHraClosesThePostDischargeReassessmentInItsWindowAndAnyEarlierHraDueItem() {
		WorkItem reassessment = discharge("2B.3");
		WorkItem yearly = planner.annual("QuestionnaireResponse/q0", "Patient/p1", LocalDate.of(2025, 1, 10), null);

		assertThat(rules.closes(reassessment, hra("q1", "2026-07-05"))).isPresent();
		assertThat(rules.closes(reassessment, hra("q1", "2026-07-06"))).isEmpty();
		assertThat(rules.closes(yearly, hra("q1", "2026-07-06"))).as("a late HRA still supersedes the due one").isPresent();
		assertThat(rules.closes(yearly, hra("q0", "2025-01-10"))).as("not by the HRA it follows").isEmpty();
		assertThat(rules.closes(reassessment, hra("q1", "2026-06-10").setQuestionnaire("http://other"))).isEmpty();
	}

	@Test
	void anIcpVersionIsDatedByItsRevisionDateElseItsCreationDate() {
		WorkItem revision = discharge("2C.2");
		CarePlan icp = new CarePlan().setStatus(CarePlan.CarePlanStatus.ACTIVE).setIntent(CarePlan.CarePlanIntent.PLAN)
				.setSubject(new Reference("Patient/p1"));
		icp.addCategory(new CodeableConcept(new Coding(CS_ARTIFACT, "icp", null)));
		icp.getCreatedElement().setValueAsString("2026-02-10");

		assertThat(rules.closes(revision, icp)).isEmpty();
		icp.addExtension(EXT_ICP_REVISION_DATE, new DateTimeType("2026-06-20"));
		assertThat(rules.closes(revision, icp)).contains(LocalDate.of(2026, 6, 20));
	}

	@Test
	void theFactorsAResourceCanServeAreJudgedFromTheResourceAlone() {
		Communication icpSent = communication("icp-transfer", "2026-06-05", "Organization/snf");
		icpSent.addCategory(new CodeableConcept(new Coding(CS_COMMUNICATION, "phi-access", null)));
		Encounter visit = new Encounter().setStatus(Encounter.EncounterStatus.FINISHED)
				.setClass_(new Coding(V3_ACT_CODE, "AMB", null));
		visit.getPeriod().getStartElement().setValueAsString("2026-06-10");

		assertThat(rules.factorsFor(icpSent)).containsExactlyInAnyOrder("2E.3", "2E.4");
		assertThat(rules.factorsFor(communication("icp-update-notice", "2026-06-05", null))).isEmpty();
		assertThat(rules.factorsFor(communication("phi-access", null, null))).as("undated").isEmpty();
		assertThat(rules.factorsFor(hra("q1", "2026-07-05"))).containsExactly("2B.3");
		assertThat(rules.factorsFor(hra("q1", "2026-07-05").setQuestionnaire("http://other"))).isEmpty();
		assertThat(rules.factorsFor(visit)).containsExactly("2E.1");
		assertThat(rules.factorsFor(visit.copy().setClass_(new Coding(V3_ACT_CODE, "IMP", null)))).isEmpty();
	}

	@Test
	void everyItemAResourceClosesIsOfAFactorItCanServe() {
		List<WorkItem> items = new ArrayList<>(planner.discharge(stay, false, null));
		items.addAll(planner.admission(stay, null));
		List<Resource> evidence = List.of(communication("phi-access", "2026-06-08", null),
				communication("icp-transfer", "2026-06-05", "Organization/snf"),
				communication("point-of-contact-notice", "2026-06-01", null),
				hra("q1", "2026-06-20"));

		for (Resource resource : evidence) {
			assertThat(items).filteredOn(item -> rules.closes(item, resource).isPresent())
					.isNotEmpty()
					.allSatisfy(item -> assertThat(rules.factorsFor(resource)).contains(item.factor()));
		}
	}

	private static AuditEvent ownRead(String agent, String recorded, String what) {
		AuditEvent read = new AuditEvent();
		read.getRecordedElement().setValueAsString(recorded);
		read.addAgent().setWho(new Reference(agent)).setRequestor(true);
		read.addEntity().setWhat(new Reference(what));
		return read;
	}

	private WorkItem discharge(String factor) {
		return planner.discharge(stay, false, null).stream().filter(i -> i.factor().equals(factor)).findFirst().orElseThrow();
	}

	private static Communication communication(String category, String sent, String recipient) {
		Communication c = new Communication().setStatus(Communication.CommunicationStatus.COMPLETED)
				.setSubject(new Reference("Patient/p1"));
		c.addCategory(new CodeableConcept(new Coding(CS_COMMUNICATION, category, null)));
		if (sent != null) {
			c.getSentElement().setValueAsString(sent);
		}
		if (recipient != null) {
			c.addRecipient(new Reference(recipient));
		}
		return c;
	}

	private static QuestionnaireResponse hra(String id, String authored) {
		QuestionnaireResponse qr = new QuestionnaireResponse().setQuestionnaire("http://hra|1")
				.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED)
				.setSubject(new Reference("Patient/p1"));
		qr.setId("QuestionnaireResponse/" + id);
		qr.getAuthoredElement().setValueAsString(authored);
		return qr;
	}
}
