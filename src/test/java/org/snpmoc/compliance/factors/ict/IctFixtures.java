package org.snpmoc.compliance.factors.ict;

import static org.snpmoc.contract.MocCodes.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.PatientRecord;

/** Hand-built MOC resources for the ICT, transition and staff checks; every date is a calendar date. */
public final class IctFixtures {
	public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
	public static final EvaluationContext CONTEXT = new EvaluationContext(AS_OF, ZoneId.of("America/New_York"));
	public static final String PATIENT = "Patient/p1";

	private IctFixtures() {}

	public static LocalDate daysBefore(int days) {
		return AS_OF.minusDays(days);
	}

	public static Patient patient() {
		Patient patient = new Patient();
		patient.setId("p1");
		return patient;
	}

	/** The record as the loader gives it: with the plan's HRA tool, which every record carries. */
	public static PatientRecord record(Patient patient, Resource... resources) {
		List<Resource> all = new java.util.ArrayList<>(Arrays.asList(resources));
		all.add(hraTool());
		return new PatientRecord(patient, all, List.of());
	}

	/** The IG's HRA tool as far as the checks read it: its canonical and its moc-artifact#hra code. */
	public static org.hl7.fhir.r4.model.Questionnaire hraTool() {
		var tool = new org.hl7.fhir.r4.model.Questionnaire();
		tool.setId("dsnp-hra");
		tool.setUrl(HRA_QUESTIONNAIRE);
		tool.addCode(new Coding(CS_ARTIFACT, HRA, null));
		return tool;
	}

	public static PatientRecord record(Resource... resources) {
		return record(patient(), resources);
	}

	public static DateTimeType date(LocalDate date) {
		return new DateTimeType(date.toString());
	}

	public static Period period(LocalDate start, LocalDate end) {
		Period period = new Period();
		if (start != null) {
			period.setStartElement(date(start));
		}
		if (end != null) {
			period.setEndElement(date(end));
		}
		return period;
	}

	public static CodeableConcept concept(String system, String code) {
		return new CodeableConcept().addCoding(new Coding(system, code, null));
	}

	public static Coverage enrollment(LocalDate start) {
		Coverage coverage = new Coverage();
		coverage.setId("cov1");
		coverage.setStatus(Coverage.CoverageStatus.ACTIVE);
		coverage.setType(concept(CS_ARTIFACT, SNP_ENROLLMENT));
		coverage.setBeneficiary(new Reference(PATIENT));
		coverage.setPeriod(period(start, null));
		return coverage;
	}

	public static QuestionnaireResponse hra(String id, LocalDate authored) {
		QuestionnaireResponse qr = new QuestionnaireResponse();
		qr.setId(id);
		qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		qr.setQuestionnaire(HRA_QUESTIONNAIRE);
		qr.setSubject(new Reference(PATIENT));
		qr.setAuthoredElement(date(authored));
		return qr;
	}

	public static CareTeam ict(String id, LocalDate start, CareTeamParticipantComponent... participants) {
		CareTeam team = new CareTeam();
		team.setId(id);
		team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
		team.addCategory(concept(CS_ARTIFACT, ICT));
		team.setSubject(new Reference(PATIENT));
		team.setPeriod(period(start, null));
		Arrays.stream(participants).forEach(team::addParticipant);
		return team;
	}

	/** A participant in an ict-role (none when role is null), taking part from start to end (null: open). */
	public static CareTeamParticipantComponent member(String reference, String role, LocalDate start, LocalDate end) {
		CareTeamParticipantComponent participant = new CareTeamParticipantComponent();
		participant.setMember(new Reference(reference));
		if (role != null) {
			participant.addRole(concept(CS_ICT_ROLE, role));
		}
		if (start != null || end != null) {
			participant.setPeriod(period(start, end));
		}
		return participant;
	}

	public static CareTeamParticipantComponent member(String reference, String role) {
		return member(reference, role, null, null);
	}

	public static RiskAssessment riskAssessment(String id, LocalDate occurrence, String... needs) {
		RiskAssessment ra = new RiskAssessment();
		ra.setId(id);
		ra.setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
		ra.setSubject(new Reference(PATIENT));
		ra.setOccurrence(date(occurrence));
		ra.addPrediction().setQualitativeRisk(concept(RISK_PROBABILITY, "moderate"));
		Arrays.stream(needs).forEach(n -> ra.addPrediction().setOutcome(concept(CS_HRA_DOMAIN, n)));
		return ra;
	}

	public static CarePlan icp(String id, String... goals) {
		CarePlan plan = new CarePlan();
		plan.setId(id);
		plan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
		plan.setIntent(CarePlan.CarePlanIntent.PLAN);
		plan.addCategory(concept(CS_ARTIFACT, ICP));
		plan.setSubject(new Reference(PATIENT));
		Arrays.stream(goals).forEach(g -> plan.addGoal(new Reference(g)));
		return plan;
	}

	public static Communication communication(String id, String category, LocalDate sent, List<String> about,
			List<String> recipients) {
		Communication c = new Communication();
		c.setId(id);
		c.setStatus(Communication.CommunicationStatus.COMPLETED);
		if (category != null) {
			c.addCategory(concept(CS_COMMUNICATION, category));
		}
		c.setSubject(new Reference(PATIENT));
		c.setSentElement(date(sent));
		about.forEach(a -> c.addAbout(new Reference(a)));
		recipients.forEach(r -> c.addRecipient(new Reference(r)));
		return c;
	}
}
