package org.snpmoc.compliance;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.EXT_ICP_REVISION_DATE;
import static org.snpmoc.contract.MocCodes.HRA;
import static org.snpmoc.contract.MocCodes.ICP;
import static org.snpmoc.contract.MocCodes.ICT;
import static org.snpmoc.contract.MocCodes.RISK_PROBABILITY;
import static org.snpmoc.contract.MocCodes.SNP_ENROLLMENT;
import static org.snpmoc.contract.MocCodes.RISK_PROBABILITY;
import static org.snpmoc.contract.MocCodes.V3_ACT_CODE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.Task;

/**
 * The contract's identification rules, each declared once: which resources are enrollments, transitions,
 * follow-ups, completed HRAs, ICP versions and sent communications. The factor checks, the work items, the profile
 * selector and the HRA scoring all ask here, so they cannot drift apart.
 */
public final class MocRules {
	/** v3-ActCode classes of a care transition; NONAC covers skilled-nursing and rehabilitation stays. */
	private static final Set<String> TRANSITION_CLASSES = Set.of("IMP", "ACUTE", "NONAC");
	/** v3-ActCode classes of a follow-up visit after a discharge: ambulatory, home health, virtual. */
	private static final Set<String> FOLLOW_UP_CLASSES = Set.of("AMB", "HH", "VR");
	/** Appointment states in which the appointment was booked (and may have happened). */
	private static final Set<Appointment.AppointmentStatus> BOOKED = Set.of(Appointment.AppointmentStatus.BOOKED,
			Appointment.AppointmentStatus.ARRIVED, Appointment.AppointmentStatus.CHECKEDIN,
			Appointment.AppointmentStatus.FULFILLED);
	/** Task states that mean the task was never carried out. */
	private static final Set<Task.TaskStatus> VOID_TASK = Set.of(Task.TaskStatus.CANCELLED, Task.TaskStatus.REJECTED,
			Task.TaskStatus.FAILED, Task.TaskStatus.ENTEREDINERROR);

	/**
	 * This server as the observer of the AuditEvents it writes ({@code AuditEvent.source.observer.identifier}): only
	 * an event naming it is evidence the server witnessed; a client cannot write AuditEvents through the API.
	 */
	public static final String AUDIT_OBSERVER_SYSTEM = "urn:ietf:rfc:3986";
	public static final String AUDIT_OBSERVER = "http://snp-moc.org/fhir/Device/moc-fhir-server";

	/** The tiers the HRA scoring writes as a RiskAssessment's qualitative risk (risk-probability codes). */
	public static final Set<String> RISK_TIERS = Set.of("low", "moderate", "high");

	private MocRules() {}

	/**
	 * A RiskAssessment's tier: the first prediction's risk-probability qualitative risk when it is one of
	 * {@link #RISK_TIERS}; null otherwise (not stratified by the HRA scoring).
	 */
	public static String riskTier(RiskAssessment assessment) {
		return assessment.getPrediction().stream()
				.map(p -> Codes.codeIn(p.getQualitativeRisk(), RISK_PROBABILITY))
				.filter(java.util.Objects::nonNull)
				.findFirst()
				.filter(RISK_TIERS::contains)
				.orElse(null);
	}

	/** This server's identity as the observer of its audit trail. */
	public static Identifier auditObserver() {
		return new Identifier().setSystem(AUDIT_OBSERVER_SYSTEM).setValue(AUDIT_OBSERVER);
	}

	/**
	 * An access the server witnessed a beneficiary or caregiver make: observed by this server
	 * ({@link #AUDIT_OBSERVER}), successful (outcome 0), a read (action R: read, vread, search, history,
	 * $everything), and an agent that is a Patient or a RelatedPerson. Whose record it was (the agent is that
	 * beneficiary or their caregiver, an entity is the beneficiary or a resource of their record) is for the reader
	 * of the record to check. 2E.4 counts only such events; the work items and the gaps react to no other AuditEvent.
	 */
	public static boolean isBeneficiaryRead(AuditEvent event) {
		return event.getSource().getObserver().hasIdentifier()
				&& AUDIT_OBSERVER_SYSTEM.equals(event.getSource().getObserver().getIdentifier().getSystem())
				&& AUDIT_OBSERVER.equals(event.getSource().getObserver().getIdentifier().getValue())
				&& event.getOutcome() == AuditEvent.AuditEventOutcome._0
				&& event.getAction() == AuditEvent.AuditEventAction.R
				&& event.getAgent().stream().anyMatch(a -> beneficiarySide(a.getWho().getReference()));
	}

	/** A reference to a Patient or a RelatedPerson (relative or versioned). */
	public static boolean beneficiarySide(String reference) {
		return reference != null && (reference.startsWith("Patient/") || reference.startsWith("RelatedPerson/"));
	}

	/** An SNP enrollment Coverage (whatever its status or dates). */
	public static boolean isEnrollment(Coverage coverage) {
		return Codes.has(coverage.getType(), CS_ARTIFACT, SNP_ENROLLMENT);
	}

	/** An SNP enrollment that counts: active status. */
	public static boolean isActiveEnrollment(Coverage coverage) {
		return isEnrollment(coverage) && coverage.getStatus() == Coverage.CoverageStatus.ACTIVE;
	}

	/**
	 * An SNP enrollment in force at asOf: active, started on or before asOf, not ended before it. The plan's
	 * population and each beneficiary's report both ask here.
	 */
	public static boolean inForce(Coverage coverage, EvaluationContext context) {
		LocalDate end = ClinicalDates.end(coverage.getPeriod(), context.zone());
		return isActiveEnrollment(coverage) && context.known(ClinicalDates.start(coverage.getPeriod(), context.zone()))
				&& (end == null || !end.isBefore(context.asOf()));
	}

	/** A beneficiary's Interdisciplinary Care Team: a CareTeam of category moc-artifact#ict, whatever its status. */
	public static boolean isIct(CareTeam team) {
		return Codes.hasAny(team.getCategory(), CS_ARTIFACT, ICT);
	}

	/** Encounter classes of a care transition, whatever the status. */
	public static boolean hasTransitionClass(Encounter encounter) {
		return V3_ACT_CODE.equals(encounter.getClass_().getSystem())
				&& TRANSITION_CLASSES.contains(encounter.getClass_().getCode());
	}

	/** Whether the v3-ActCode class code is one of a care transition (a setting's configuration is checked here). */
	public static boolean isTransitionClass(String code) {
		return TRANSITION_CLASSES.contains(code);
	}

	/** A care transition that happened: a transition class, not cancelled or entered in error. */
	public static boolean isTransition(Encounter encounter) {
		return hasTransitionClass(encounter) && happened(encounter);
	}

	/** A follow-up visit that happened or is planned: ambulatory, home-health or virtual, not cancelled. */
	public static boolean isFollowUp(Encounter encounter) {
		return V3_ACT_CODE.equals(encounter.getClass_().getSystem())
				&& FOLLOW_UP_CLASSES.contains(encounter.getClass_().getCode()) && happened(encounter);
	}

	public static boolean isBooked(Appointment appointment) {
		return BOOKED.contains(appointment.getStatus());
	}

	public static boolean isVoid(Task task) {
		return VOID_TASK.contains(task.getStatus());
	}

	/** A Questionnaire the plan uses as its HRA tool: its code holds moc-artifact#hra. */
	public static boolean isHraTool(Questionnaire questionnaire) {
		return questionnaire.getCode().stream().anyMatch(c -> Codes.is(c, CS_ARTIFACT, HRA));
	}

	/**
	 * A completed HRA's status: completed, or amended (the HRA of its authored date, corrected afterwards). Whether
	 * it answers an HRA tool is asked separately, of the tools the caller knows.
	 */
	public static boolean hasCompletedStatus(QuestionnaireResponse response) {
		return response.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
				|| response.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.AMENDED;
	}

	/** The canonical URL a response names, without any {@code |version}; null when it names none. */
	public static String toolUrl(QuestionnaireResponse response) {
		return response.hasQuestionnaire() ? withoutVersion(response.getQuestionnaire()) : null;
	}

	public static String withoutVersion(String canonical) {
		int bar = canonical.indexOf('|');
		return bar < 0 ? canonical : canonical.substring(0, bar);
	}

	public static boolean isIcp(CarePlan plan) {
		return Codes.hasAny(plan.getCategory(), CS_ARTIFACT, ICP);
	}

	/** The revision date of an ICP version: the icp-revision-date extension, else {@code created}. */
	public static LocalDate icpRevisionDate(CarePlan version, ZoneId zone) {
		var ext = version.getExtensionByUrl(EXT_ICP_REVISION_DATE);
		if (ext != null && ext.getValue() instanceof BaseDateTimeType revised) {
			return ClinicalDates.toDate(revised, zone);
		}
		return ClinicalDates.toDate(version.getCreatedElement(), zone);
	}

	/**
	 * The tier (risk-probability code: high, moderate, low) of an HRA RiskAssessment, as the HRA scoring writes it:
	 * method moc-artifact#hra, not entered in error, the prediction with a risk-probability qualitativeRisk. Null for
	 * any other RiskAssessment.
	 */
	public static String hraTier(RiskAssessment assessment) {
		if (assessment.getStatus() == RiskAssessment.RiskAssessmentStatus.ENTEREDINERROR
				|| !Codes.has(assessment.getMethod(), CS_ARTIFACT, HRA)) {
			return null;
		}
		return riskTier(assessment);
	}

	/** The HRA RiskAssessment with a tier whose occurrence is the latest (the one State notices and documents use). */
	public static java.util.Optional<RiskAssessment> latestHra(java.util.Collection<RiskAssessment> assessments) {
		return assessments.stream()
				.filter(ra -> hraTier(ra) != null && ra.hasOccurrenceDateTimeType())
				.max(java.util.Comparator.comparing(ra -> ra.getOccurrenceDateTimeType().getValue()));
	}

	/** A Communication is evidence only once it was sent: status completed. */
	public static boolean wasSent(Communication communication) {
		return communication.getStatus() == Communication.CommunicationStatus.COMPLETED;
	}

	private static boolean happened(Encounter encounter) {
		return encounter.getStatus() != Encounter.EncounterStatus.CANCELLED
				&& encounter.getStatus() != Encounter.EncounterStatus.ENTEREDINERROR;
	}
}
