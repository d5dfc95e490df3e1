package org.snpmoc.transitions;

import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;

/** References as "Type/id" keys (no base URL, no version), and the patient each kind of evidence is about. */
final class References {
	private References() {}

	static String key(Reference reference) {
		if (reference == null || !reference.hasReference()) {
			return "";
		}
		return new IdType(reference.getReference()).toUnqualifiedVersionless().getValue();
	}

	static String key(Resource resource) {
		return resource.getIdElement().toUnqualifiedVersionless().getValue();
	}

	/** The Patient the resource is about (for an AuditEvent, the Patient acting), as "Patient/id", or "" when none. */
	static String patientOf(Resource resource) {
		Reference patient = null;
		if (resource instanceof Communication c) {
			patient = c.getSubject();
		} else if (resource instanceof Encounter e) {
			patient = e.getSubject();
		} else if (resource instanceof CarePlan p) {
			patient = p.getSubject();
		} else if (resource instanceof QuestionnaireResponse qr) {
			patient = qr.getSubject();
		} else if (resource instanceof Task t) {
			patient = t.getFor();
		} else if (resource instanceof Coverage c) {
			patient = c.getBeneficiary();
		} else if (resource instanceof AuditEvent a) {
			patient = firstPatient(a.getAgent().stream().map(AuditEvent.AuditEventAgentComponent::getWho));
		} else if (resource instanceof Appointment a) {
			patient = firstPatient(a.getParticipant().stream().map(Appointment.AppointmentParticipantComponent::getActor));
		}
		String key = key(patient);
		return key.startsWith("Patient/") ? key : "";
	}

	private static Reference firstPatient(Stream<Reference> references) {
		return references.filter(r -> key(r).startsWith("Patient/")).findFirst().orElse(null);
	}
}
