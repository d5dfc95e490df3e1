package org.snpmoc.compliance;

import static org.snpmoc.contract.MocCodes.*;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.RiskAssessment;

/**
 * The MOC meaning of a beneficiary's record at the evaluation date: enrollment, completed HRAs, transitions,
 * ICPs, ICTs and communications, each limited to what is known at asOf (clinical date on or before it).
 */
public final class CareRecord {
	private final PatientRecord record;
	private final EvaluationContext context;

	public CareRecord(PatientRecord record, EvaluationContext context) {
		this.record = record;
		this.context = context;
	}

	public PatientRecord record() {
		return record;
	}

	public EvaluationContext context() {
		return context;
	}

	public LocalDate date(org.hl7.fhir.r4.model.BaseDateTimeType value) {
		return ClinicalDates.toDate(value, context.zone());
	}

	/** The SNP enrollment in force at asOf: the active snp-enrollment Coverage with the latest start on or before asOf. */
	public Optional<Coverage> enrollment() {
		return enrollments().stream()
				.filter(c -> MocRules.inForce(c, context))
				.max(Comparator.comparing(c -> ClinicalDates.start(c.getPeriod(), context.zone())));
	}

	public Optional<LocalDate> enrollmentDate() {
		return enrollment().map(c -> ClinicalDates.start(c.getPeriod(), context.zone()));
	}

	/** Every active SNP enrollment Coverage with a start date, whatever its period. */
	private List<Coverage> enrollments() {
		return record.all(Coverage.class).stream()
				.filter(MocRules::isActiveEnrollment)
				.filter(c -> ClinicalDates.start(c.getPeriod(), context.zone()) != null)
				.toList();
	}

	/** Whether the date falls inside one of the beneficiary's SNP enrollment periods (both ends inclusive). */
	public boolean enrolledOn(LocalDate date) {
		return date != null && enrollments().stream().anyMatch(c -> {
			LocalDate start = ClinicalDates.start(c.getPeriod(), context.zone());
			LocalDate end = ClinicalDates.end(c.getPeriod(), context.zone());
			return !date.isBefore(start) && (end == null || !date.isAfter(end));
		});
	}

	/** Canonical URLs (without version) of the HRA tools in the record: Questionnaires coded moc-artifact#hra. */
	public Set<String> hraCanonicals() {
		return record.all(Questionnaire.class).stream()
				.filter(MocRules::isHraTool)
				.map(Questionnaire::getUrl)
				.filter(Objects::nonNull)
				.map(MocRules::withoutVersion)
				.collect(Collectors.toSet());
	}

	/**
	 * Completed (or amended) HRAs authored on or before asOf, oldest first. With an enrollment in force, an HRA
	 * counts from the start of the initial HRA window on (the policy's days before the enrollment date): earlier
	 * ones were not the plan's.
	 */
	public List<QuestionnaireResponse> completedHras() {
		Set<String> tools = hraCanonicals();
		LocalDate from = enrollmentDate().map(d -> d.minusDays(context.initialHraDays())).orElse(null);
		return record.all(QuestionnaireResponse.class).stream()
				.filter(MocRules::hasCompletedStatus)
				.filter(qr -> tools.contains(MocRules.toolUrl(qr)))
				.filter(qr -> context.known(hraDate(qr)))
				.filter(qr -> from == null || !hraDate(qr).isBefore(from))
				.sorted(Comparator.comparing(this::hraDate))
				.toList();
	}

	public LocalDate hraDate(QuestionnaireResponse hra) {
		return date(hra.getAuthoredElement());
	}

	/** A stay whose end is a discharge: inpatient, acute or non-acute (skilled nursing, rehabilitation) encounters. */
	public record Transition(Encounter encounter, LocalDate admitted, LocalDate discharged) {
		public String key() {
			return PatientRecord.key(encounter);
		}
	}

	/**
	 * Transitions admitted on or before asOf, by admission date; the discharge is null while the stay goes on at
	 * asOf. A stay counts only when its admission or its discharge falls inside an SNP enrollment period.
	 */
	public List<Transition> transitions() {
		return record.all(Encounter.class).stream()
				.filter(MocRules::isTransition)
				.map(e -> {
					LocalDate admitted = ClinicalDates.start(e.getPeriod(), context.zone());
					LocalDate discharged = ClinicalDates.end(e.getPeriod(), context.zone());
					return new Transition(e, admitted, context.known(discharged) ? discharged : null);
				})
				.filter(t -> context.known(t.admitted()))
				.filter(t -> enrolledOn(t.admitted()) || enrolledOn(t.discharged()))
				.sorted(Comparator.comparing(Transition::admitted))
				.toList();
	}

	/** The beneficiary's RiskAssessment with the latest occurrence on or before asOf (not entered in error or cancelled). */
	public Optional<RiskAssessment> latestRiskAssessment() {
		String patient = record.patientKey();
		return record.all(RiskAssessment.class).stream()
				.filter(ra -> patient.equals(PatientRecord.key(ra.getSubject())))
				.filter(ra -> ra.getStatus() != RiskAssessment.RiskAssessmentStatus.ENTEREDINERROR
						&& ra.getStatus() != RiskAssessment.RiskAssessmentStatus.CANCELLED)
				.filter(ra -> context.known(riskOccurrence(ra)))
				.max(Comparator.comparing(this::riskOccurrence));
	}

	/** occurrenceDateTime, else the start of occurrencePeriod; null when the assessment carries neither. */
	public LocalDate riskOccurrence(RiskAssessment ra) {
		if (ra.getOccurrence() instanceof org.hl7.fhir.r4.model.BaseDateTimeType at) {
			return date(at);
		}
		if (ra.getOccurrence() instanceof org.hl7.fhir.r4.model.Period period) {
			return ClinicalDates.start(period, context.zone());
		}
		return null;
	}

	/** Current versions of the beneficiary's ICP CarePlans (any status). */
	public List<CarePlan> icps() {
		return record.all(CarePlan.class).stream().filter(MocRules::isIcp).toList();
	}

	/** Every stored version of every ICP CarePlan. */
	public List<CarePlan> icpVersions() {
		return record.carePlanVersions().stream().filter(MocRules::isIcp).toList();
	}

	/** The revision date of an ICP version: the icp-revision-date extension, else {@code created}. */
	public LocalDate revisionDate(CarePlan version) {
		return MocRules.icpRevisionDate(version, context.zone());
	}

	/** ICT CareTeams of the beneficiary that are active at asOf: status active and a period covering asOf. */
	public List<CareTeam> activeIcts() {
		return icts().stream()
				.filter(ct -> ct.getStatus() == CareTeam.CareTeamStatus.ACTIVE)
				.filter(ct -> {
					LocalDate start = ClinicalDates.start(ct.getPeriod(), context.zone());
					LocalDate end = ClinicalDates.end(ct.getPeriod(), context.zone());
					return (start == null || !start.isAfter(context.asOf())) && (end == null || !end.isBefore(context.asOf()));
				})
				.toList();
	}

	/** Every ICT CareTeam of the beneficiary, whatever its status. */
	public List<CareTeam> icts() {
		return record.all(CareTeam.class).stream()
				.filter(MocRules::isIct)
				.toList();
	}

	/** Communications of a moc-communication category sent (status completed) on or before asOf, oldest first. */
	public List<Communication> communications(String category) {
		return record.all(Communication.class).stream()
				.filter(MocRules::wasSent)
				.filter(c -> Codes.hasAny(c.getCategory(), CS_COMMUNICATION, category))
				.filter(c -> context.known(sent(c)))
				.sorted(Comparator.comparing(this::sent))
				.toList();
	}

	public LocalDate sent(Communication communication) {
		return date(communication.getSentElement());
	}

	/** The references a Communication is about: {@code about} and {@code payload.contentReference}. */
	public static List<Reference> subjectsOf(Communication communication) {
		var about = new java.util.ArrayList<>(communication.getAbout());
		communication.getPayload().stream()
				.filter(p -> p.getContent() instanceof Reference)
				.map(p -> (Reference) p.getContent())
				.forEach(about::add);
		return about;
	}

	/**
	 * True when the reference points at the beneficiary (Patient) or a caregiver: a RelatedPerson of this patient
	 * (one not stored here is taken at its word).
	 */
	public boolean isBeneficiaryOrCaregiver(Reference reference) {
		String key = PatientRecord.key(reference);
		if (key.equals(record.patientKey())) {
			return true;
		}
		if (!key.startsWith("RelatedPerson/")) {
			return false;
		}
		return record.resolve(reference, RelatedPerson.class)
				.map(person -> record.patientKey().equals(PatientRecord.key(person.getPatient())))
				.orElse(true);
	}
}
