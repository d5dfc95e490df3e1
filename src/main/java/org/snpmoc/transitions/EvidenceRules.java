package org.snpmoc.transitions;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.CS_COMMUNICATION;
import static org.snpmoc.contract.MocCodes.EXT_ICP_REVISION_DATE;
import static org.snpmoc.contract.MocCodes.ICP;
import static org.snpmoc.contract.MocCodes.ICP_TRANSFER;
import static org.snpmoc.contract.MocCodes.PHI_ACCESS;
import static org.snpmoc.contract.MocCodes.POINT_OF_CONTACT_NOTICE;
import static org.snpmoc.contract.MocCodes.SELF_MANAGEMENT_EDUCATION;
import static org.snpmoc.contract.MocCodes.TRANSITION_COORDINATION;
import static org.snpmoc.contract.MocCodes.V3_ACT_CODE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.snpmoc.compliance.ClinicalDates;
import org.snpmoc.compliance.Codes;
import org.snpmoc.transitions.WorkItem.Anchor;

/**
 * Which evidence closes which work item. Evidence must be about the item's patient and dated inside its window;
 * an HRA-due item of an enrollment or a previous HRA is closed by any later HRA, which supersedes it. Answers
 * the evidence date when it closes the item.
 */
final class EvidenceRules {
	private static final List<String> FACTORS = List.of("2E.1", "2E.2", "2E.3", "2E.4", "2E.5", "2E.6", "2B.3", "2C.2");
	static final Set<String> FOLLOW_UP_CLASSES = Set.of("AMB", "HH", "VR");
	static final Set<Appointment.AppointmentStatus> BOOKED = Set.of(Appointment.AppointmentStatus.BOOKED,
			Appointment.AppointmentStatus.ARRIVED, Appointment.AppointmentStatus.CHECKEDIN,
			Appointment.AppointmentStatus.FULFILLED);
	private static final Set<Task.TaskStatus> VOID = Set.of(Task.TaskStatus.CANCELLED, Task.TaskStatus.REJECTED,
			Task.TaskStatus.FAILED, Task.TaskStatus.ENTEREDINERROR);

	private final ZoneId zone;
	private final Predicate<QuestionnaireResponse> isHra;

	EvidenceRules(ZoneId zone, Predicate<QuestionnaireResponse> isHra) {
		this.zone = zone;
		this.isHra = isHra;
	}

	Optional<LocalDate> closes(WorkItem item, Resource evidence) {
		if (!item.patient().equals(References.patientOf(evidence))) {
			return Optional.empty();
		}
		LocalDate date = date(item.factor(), evidence, item.recipient(), item.focus());
		if (date == null) {
			return Optional.empty();
		}
		boolean supersedes = "2B.3".equals(item.factor()) && item.anchor() != Anchor.DISCHARGE;
		boolean counts = supersedes ? !date.isBefore(item.opens()) : item.windowHolds(date);
		return counts ? Optional.of(date) : Optional.empty();
	}

	/**
	 * The factors whose items the resource could close, judged from the resource alone (kind, status, category,
	 * date): every item it closes is of one of them, so items of other factors need not be loaded.
	 */
	Set<String> factorsFor(Resource evidence) {
		Set<String> factors = new HashSet<>();
		for (String factor : FACTORS) {
			if (date(factor, evidence, null, null) != null) {
				factors.add(factor);
			}
		}
		return factors;
	}

	/** The evidence date for the factor; a null recipient or focus is not checked. */
	private LocalDate date(String factor, Resource evidence, String recipient, String focus) {
		return switch (factor) {
			case "2E.3" -> communication(evidence, ICP_TRANSFER, recipient);
			case "2E.6" -> communication(evidence, POINT_OF_CONTACT_NOTICE, null);
			case "2E.4" -> evidence instanceof AuditEvent read ? ownRead(read) : communication(evidence, PHI_ACCESS, null);
			case "2E.5" -> communication(evidence, SELF_MANAGEMENT_EDUCATION, null);
			case "2E.2" -> coordination(evidence, focus);
			case "2E.1" -> followUp(evidence);
			case "2B.3" -> hra(evidence, focus);
			case "2C.2" -> icpRevision(evidence);
			default -> null;
		};
	}

	private LocalDate communication(Resource evidence, String category, String recipient) {
		if (!(evidence instanceof Communication c) || c.getStatus() != Communication.CommunicationStatus.COMPLETED
				|| !Codes.hasAny(c.getCategory(), CS_COMMUNICATION, category)) {
			return null;
		}
		if (recipient != null && c.getRecipient().stream().map(References::key).noneMatch(recipient::equals)) {
			return null;
		}
		return date(c.getSentElement());
	}

	/**
	 * The beneficiary reading their own record (2E.4): an AuditEvent whose agent is the Patient and whose entity is
	 * that Patient or another resource. Whether the resource is theirs is left to the factor's check; a work item is
	 * a reminder.
	 */
	private LocalDate ownRead(AuditEvent event) {
		String patient = References.patientOf(event);
		boolean theirRecord = event.getEntity().stream().map(e -> References.key(e.getWhat()))
				.anyMatch(what -> what.equals(patient) || (!what.isEmpty() && !what.startsWith("Patient/")));
		return !patient.isEmpty() && theirRecord ? date(event.getRecordedElement()) : null;
	}

	/** A transition-coordination Task owned by staff, for this stay or for no stay in particular. */
	private LocalDate coordination(Resource evidence, String stay) {
		if (!(evidence instanceof Task t) || VOID.contains(t.getStatus())
				|| !Codes.has(t.getCode(), CS_ARTIFACT, TRANSITION_COORDINATION)) {
			return null;
		}
		String owner = References.key(t.getOwner());
		boolean staff = owner.startsWith("PractitionerRole/") || owner.startsWith("Practitioner/");
		boolean thisStay = !t.hasFocus() || stay == null || stay.equals(References.key(t.getFocus()));
		return staff && thisStay ? date(t.getAuthoredOnElement()) : null;
	}

	private LocalDate followUp(Resource evidence) {
		if (evidence instanceof Encounter e && e.getStatus() != Encounter.EncounterStatus.CANCELLED
				&& e.getStatus() != Encounter.EncounterStatus.ENTEREDINERROR
				&& V3_ACT_CODE.equals(e.getClass_().getSystem()) && FOLLOW_UP_CLASSES.contains(e.getClass_().getCode())) {
			return ClinicalDates.start(e.getPeriod(), zone);
		}
		if (evidence instanceof Appointment a && BOOKED.contains(a.getStatus())) {
			return date(a.getStartElement());
		}
		return null;
	}

	private LocalDate hra(Resource evidence, String previous) {
		if (evidence instanceof QuestionnaireResponse qr
				&& qr.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
				&& (previous == null || !previous.equals(References.key(qr))) && isHra.test(qr)) {
			return date(qr.getAuthoredElement());
		}
		return null;
	}

	/** A version of an ICP, dated by its revision date or, for the first version, created. */
	private LocalDate icpRevision(Resource evidence) {
		if (!(evidence instanceof CarePlan plan) || plan.getStatus() == CarePlan.CarePlanStatus.ENTEREDINERROR
				|| !Codes.hasAny(plan.getCategory(), CS_ARTIFACT, ICP)) {
			return null;
		}
		Extension revised = plan.getExtensionByUrl(EXT_ICP_REVISION_DATE);
		if (revised != null && revised.getValue() instanceof BaseDateTimeType when) {
			return date(when);
		}
		return date(plan.getCreatedElement());
	}

	private LocalDate date(BaseDateTimeType value) {
		return ClinicalDates.toDate(value, zone);
	}
}
