package org.snpmoc.compliance.factors.transitions;

import static org.snpmoc.compliance.factors.ict.IctFixtures.*;
import static org.snpmoc.contract.MocCodes.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hl7.fhir.r4.model.Appointment;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.compliance.PatientRecord;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;

/** Stays, visits and tasks around a care transition. */
final class TransitionFixtures {
	private TransitionFixtures() {}

	/** A record of a beneficiary enrolled since long before the stays: a transition counts only while enrolled. */
	static PatientRecord enrolled(Resource... resources) {
		List<Resource> all = new ArrayList<>(Arrays.asList(resources));
		all.add(enrollment(AS_OF.minusYears(5)));
		return record(all.toArray(Resource[]::new));
	}

	/** An encounter of the given v3-ActCode class; a null discharge means the stay goes on. */
	static Encounter encounter(String id, String actClass, LocalDate admitted, LocalDate discharged) {
		Encounter e = new Encounter();
		e.setId(id);
		e.setStatus(discharged == null ? Encounter.EncounterStatus.INPROGRESS : Encounter.EncounterStatus.FINISHED);
		e.setClass_(new Coding(V3_ACT_CODE, actClass, null));
		e.setSubject(new Reference(PATIENT));
		e.setPeriod(period(admitted, discharged));
		return e;
	}

	static Encounter stay(LocalDate admitted, LocalDate discharged) {
		Encounter e = encounter("stay", "IMP", admitted, discharged);
		e.setServiceProvider(new Reference("Organization/hospital"));
		return e;
	}

	static Appointment appointment(String id, Appointment.AppointmentStatus status, LocalDate start) {
		Appointment a = new Appointment();
		a.setId(id);
		a.setStatus(status);
		a.setStartElement(new InstantType(start.toString() + "T10:00:00-05:00"));
		a.addParticipant().setActor(new Reference(PATIENT));
		return a;
	}

	static Task coordinationTask(String id, String owner, LocalDate authored) {
		Task task = new Task();
		task.setId(id);
		task.setStatus(Task.TaskStatus.INPROGRESS);
		task.setIntent(Task.TaskIntent.ORDER);
		task.setCode(concept(CS_ARTIFACT, TRANSITION_COORDINATION));
		task.setFor(new Reference(PATIENT));
		task.setOwner(new Reference(owner));
		task.setAuthoredOnElement(date(authored));
		return task;
	}

	static AuditEvent ownRead(String id, LocalDate recorded, String what) {
		AuditEvent event = new AuditEvent();
		event.setId(id);
		event.setRecordedElement(new InstantType(recorded.toString() + "T12:00:00-05:00"));
		event.setAction(AuditEvent.AuditEventAction.R).setOutcome(AuditEvent.AuditEventOutcome._0);
		event.getSource().getObserver().setIdentifier(MocRules.auditObserver());
		event.addAgent().setWho(new Reference(PATIENT)).setRequestor(true);
		event.addEntity().setWhat(new Reference(what));
		return event;
	}
}
