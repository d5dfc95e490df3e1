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
		return record.all(Coverage.class).stream()
				.filter(c -> c.getStatus() == Coverage.CoverageStatus.ACTIVE)
				.filter(c -> Codes.has(c.getType(), CS_ARTIFACT, SNP_ENROLLMENT))
				.filter(c -> context.known(ClinicalDates.start(c.getPeriod(), context.zone())))
				.filter(c -> {
					LocalDate end = ClinicalDates.end(c.getPeriod(), context.zone());
					return end == null || !end.isBefore(context.asOf());
				})
				.max(Comparator.comparing(c -> ClinicalDates.start(c.getPeriod(), context.zone())));
	}

	public Optional<LocalDate> enrollmentDate() {
		return enrollment().map(c -> ClinicalDates.start(c.getPeriod(), context.zone()));
	}

	/** Canonical URLs (without version) of the HRA tools: Questionnaires coded moc-artifact#hra, and the IG's own. */
	public Set<String> hraCanonicals() {
		Set<String> urls = record.all(Questionnaire.class).stream()
				.filter(q -> q.getCode().stream().anyMatch(c -> Codes.is(c, CS_ARTIFACT, HRA)))
				.map(Questionnaire::getUrl)
				.filter(Objects::nonNull)
				.collect(Collectors.toSet());
		urls.add(HRA_QUESTIONNAIRE);
		return urls;
	}

	/** Completed (or amended) HRAs authored on or before asOf, oldest first. */
	public List<QuestionnaireResponse> completedHras() {
		Set<String> tools = hraCanonicals();
		return record.all(QuestionnaireResponse.class).stream()
				// An amended response is a completed HRA that was corrected afterwards: still the HRA of its date.
				.filter(qr -> qr.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
						|| qr.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.AMENDED)
				.filter(qr -> qr.getQuestionnaire() != null && tools.contains(qr.getQuestionnaire().split("\\|")[0]))
				.filter(qr -> context.known(hraDate(qr)))
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

	private static final Set<String> TRANSITION_CLASSES = Set.of("IMP", "ACUTE", "NONAC");

	/** Transitions admitted on or before asOf, by admission date; the discharge is null while the stay goes on at asOf. */
	public List<Transition> transitions() {
		return record.all(Encounter.class).stream()
				.filter(e -> e.getStatus() != Encounter.EncounterStatus.CANCELLED
						&& e.getStatus() != Encounter.EncounterStatus.ENTEREDINERROR)
				.filter(e -> V3_ACT_CODE.equals(e.getClass_().getSystem())
						&& TRANSITION_CLASSES.contains(e.getClass_().getCode()))
				.map(e -> {
					LocalDate admitted = ClinicalDates.start(e.getPeriod(), context.zone());
					LocalDate discharged = ClinicalDates.end(e.getPeriod(), context.zone());
					return new Transition(e, admitted, context.known(discharged) ? discharged : null);
				})
				.filter(t -> context.known(t.admitted()))
				.sorted(Comparator.comparing(Transition::admitted))
				.toList();
	}

	/** Current versions of the beneficiary's ICP CarePlans (any status). */
	public List<CarePlan> icps() {
		return record.all(CarePlan.class).stream()
				.filter(cp -> Codes.hasAny(cp.getCategory(), CS_ARTIFACT, ICP))
				.toList();
	}

	/** Every stored version of every ICP CarePlan. */
	public List<CarePlan> icpVersions() {
		return record.carePlanVersions().stream()
				.filter(cp -> Codes.hasAny(cp.getCategory(), CS_ARTIFACT, ICP))
				.toList();
	}

	/** The revision date of an ICP version: the icp-revision-date extension, else {@code created}. */
	public LocalDate revisionDate(CarePlan version) {
		var ext = version.getExtensionByUrl(EXT_ICP_REVISION_DATE);
		if (ext != null && ext.getValue() instanceof org.hl7.fhir.r4.model.BaseDateTimeType dt) {
			return date(dt);
		}
		return date(version.getCreatedElement());
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
				.filter(ct -> Codes.hasAny(ct.getCategory(), CS_ARTIFACT, ICT))
				.toList();
	}

	/** A Communication in these states did not reach anyone, whatever its sent date says. */
	private static final Set<Communication.CommunicationStatus> NOT_SENT = Set.of(
			Communication.CommunicationStatus.ENTEREDINERROR, Communication.CommunicationStatus.NOTDONE,
			Communication.CommunicationStatus.STOPPED, Communication.CommunicationStatus.PREPARATION);

	/** Communications of a moc-communication category sent on or before asOf, oldest first. */
	public List<Communication> communications(String category) {
		return record.all(Communication.class).stream()
				.filter(c -> !NOT_SENT.contains(c.getStatus()))
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
