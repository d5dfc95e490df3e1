package org.snpmoc.compliance.factors.icp;

import static org.snpmoc.contract.MocCodes.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.Task;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.PatientRecord;

/** Builds one beneficiary's record from hand-made R4 resources for the 2B and 2C checks. */
public final class HraIcpFixtures {
	public static final ZoneId ZONE = ZoneId.of("America/New_York");
	public static final String PATIENT = "Patient/p1";

	private final Patient patient = new Patient();
	private final List<Resource> resources = new ArrayList<>();
	private final List<CarePlan> versions = new ArrayList<>();

	public HraIcpFixtures() {
		patient.setId("p1");
	}

	public static EvaluationContext asOf(String date) {
		return new EvaluationContext(LocalDate.parse(date), ZONE);
	}

	public static LocalDate day(String date) {
		return LocalDate.parse(date);
	}

	public static Reference ref(Resource resource) {
		return new Reference(PatientRecord.key(resource));
	}

	public static Reference ref(String key) {
		return new Reference(key);
	}

	public static CodeableConcept concept(String system, String code) {
		return new CodeableConcept(new Coding(system, code, null));
	}

	public <T extends Resource> T add(T resource) {
		resources.add(resource);
		return resource;
	}

	public Coverage enrolled(String start) {
		Coverage coverage = new Coverage();
		coverage.setId("cov1");
		coverage.setStatus(Coverage.CoverageStatus.ACTIVE);
		coverage.setType(concept(CS_ARTIFACT, SNP_ENROLLMENT));
		coverage.setBeneficiary(ref(PATIENT));
		coverage.setPeriod(new Period().setStartElement(new DateTimeType(start)));
		return add(coverage);
	}

	public QuestionnaireResponse hra(String id, String authored) {
		QuestionnaireResponse hra = new QuestionnaireResponse();
		hra.setId(id);
		hra.setQuestionnaire(HRA_QUESTIONNAIRE);
		hra.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		hra.setAuthoredElement(new DateTimeType(authored));
		hra.setSubject(ref(PATIENT));
		return add(hra);
	}

	/** One stored version of an ICP; the highest version of each id is also the current resource. */
	public CarePlan icp(String id, int version, String revised, CarePlanStatus status) {
		CarePlan plan = new CarePlan();
		plan.setId("CarePlan/" + id + "/_history/" + version);
		plan.addCategory(concept(CS_ARTIFACT, ICP));
		plan.setIntent(CarePlanIntent.PLAN);
		plan.setStatus(status);
		plan.setSubject(ref(PATIENT));
		plan.addExtension(EXT_ICP_REVISION_DATE, new DateTimeType(revised));
		versions.add(plan);
		return plan;
	}

	public CarePlan icp(String id, int version, String revised) {
		return icp(id, version, revised, CarePlanStatus.ACTIVE);
	}

	public Goal goal(String id, boolean selfManagement, String achievement, String statusDate) {
		Goal goal = new Goal();
		goal.setId(id);
		goal.setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE);
		if (selfManagement) {
			goal.addCategory(concept(CS_ARTIFACT, SELF_MANAGEMENT));
		}
		if (achievement != null) {
			goal.setAchievementStatus(concept(GOAL_ACHIEVEMENT, achievement));
		}
		if (statusDate != null) {
			goal.setStatusDateElement(new DateType(statusDate));
		}
		goal.setSubject(ref(PATIENT));
		return add(goal);
	}

	public Observation preference(String id) {
		Observation observation = new Observation();
		observation.setId(id);
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.setCode(concept(CS_ARTIFACT, CARE_PREFERENCE));
		observation.setSubject(ref(PATIENT));
		return add(observation);
	}

	public PractitionerRole role(String id, String ictRole, String practitionerId) {
		PractitionerRole role = new PractitionerRole();
		role.setId(id);
		role.setActive(true);
		role.addCode(concept(CS_ICT_ROLE, ictRole));
		role.setPractitioner(ref("Practitioner/" + practitionerId));
		return add(role);
	}

	public RelatedPerson caregiver(String id) {
		RelatedPerson person = new RelatedPerson();
		person.setId(id);
		person.setPatient(ref(PATIENT));
		return add(person);
	}

	public CareTeam ict(String id, CareTeamStatus status, Reference... members) {
		CareTeam team = new CareTeam();
		team.setId(id);
		team.setStatus(status);
		team.addCategory(concept(CS_ARTIFACT, ICT));
		team.setSubject(ref(PATIENT));
		for (Reference member : members) {
			team.addParticipant().setMember(member).addRole(concept(CS_ICT_ROLE, "care-coordinator"));
		}
		return add(team);
	}

	public Communication communication(String id, String category, String sent, Reference about, Reference... recipients) {
		Communication communication = new Communication();
		communication.setId(id);
		communication.setStatus(Communication.CommunicationStatus.COMPLETED);
		communication.addCategory(concept(CS_COMMUNICATION, category));
		communication.setSubject(ref(PATIENT));
		communication.setSentElement(new DateTimeType(sent));
		communication.addAbout(about);
		for (Reference recipient : recipients) {
			communication.addRecipient(recipient);
		}
		return add(communication);
	}

	public Task outreach(String id, String date, String outcome) {
		Task task = new Task();
		task.setId(id);
		task.setStatus(Task.TaskStatus.COMPLETED);
		task.setIntent(Task.TaskIntent.ORDER);
		task.setCode(concept(CS_ARTIFACT, HRA_OUTREACH));
		task.setFor(ref(PATIENT));
		task.setExecutionPeriod(new Period().setStartElement(new DateTimeType(date)));
		task.setStatusReason(concept(CS_OUTREACH_OUTCOME, outcome));
		return add(task);
	}

	public RiskAssessment risk(String id, QuestionnaireResponse basis, String occurrence) {
		RiskAssessment assessment = new RiskAssessment();
		assessment.setId(id);
		assessment.setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
		assessment.setSubject(ref(PATIENT));
		assessment.addBasis(ref(basis));
		if (occurrence != null) {
			assessment.setOccurrence(new DateTimeType(occurrence));
		}
		return add(assessment);
	}

	public Encounter stay(String id, String admitted, String discharged) {
		Encounter stay = new Encounter();
		stay.setId(id);
		stay.setStatus(Encounter.EncounterStatus.FINISHED);
		stay.setClass_(new Coding(V3_ACT_CODE, "IMP", null));
		stay.setSubject(ref(PATIENT));
		stay.setPeriod(new Period().setStartElement(new DateTimeType(admitted)).setEndElement(new DateTimeType(discharged)));
		return add(stay);
	}

	public PatientRecord record() {
		Map<String, CarePlan> current = new LinkedHashMap<>();
		versions.stream()
				.sorted(Comparator.comparingLong(v -> v.getIdElement().getVersionIdPartAsLong()))
				.forEach(v -> current.put(v.getIdElement().getIdPart(), v));
		List<Resource> all = new ArrayList<>(resources);
		all.addAll(current.values());
		if (all.stream().noneMatch(r -> r instanceof org.hl7.fhir.r4.model.Questionnaire)) {
			all.add(org.snpmoc.compliance.factors.ict.IctFixtures.hraTool());
		}
		return new PatientRecord(patient, all, versions);
	}
}
