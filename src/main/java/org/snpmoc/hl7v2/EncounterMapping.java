package org.snpmoc.hl7v2;

import static org.snpmoc.contract.MocCodes.V3_ACT_CODE;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.contract.MocCodes;

/**
 * How one ADT event changes the stay's Encounter. A01/A04 admit or register (in progress), A08 updates what it
 * carries, A02 moves the stay to a new location (the old one kept as completed), A03 discharges (finished, period.end,
 * disposition, destination), A11 cancels the admission (cancelled), A13 cancels the discharge (in progress again,
 * without end, disposition or destination).
 */
final class EncounterMapping {
	/** PV1-2 patient class (HL7 table 0004) → v3-ActCode Encounter class. */
	private static final Map<String, String> CLASSES = Map.of(
			"I", "IMP", "B", "IMP", "E", "EMER", "O", "AMB", "R", "AMB", "P", "PRENC");

	/** References to what the intake found or is creating alongside. */
	record Targets(Reference patient, Reference facility, Reference location, Reference destination) {}

	private EncounterMapping() {}

	/** Events that change a stay the intake already holds, and cannot start one. */
	static boolean needsStay(String event) {
		return event.equals("A11") || event.equals("A13");
	}

	/**
	 * The Encounter after the event: {@code stay} changed in place, or a new one when {@code stay} is null.
	 */
	static Encounter apply(AdtMessage message, Encounter stay, Targets targets, ZoneId zone) throws AdtRejection {
		boolean created = stay == null;
		Encounter encounter = created ? new Encounter() : stay;
		String eventTime = message.eventTime().isBlank() ? null : V2Time.toFhir(message.eventTime(), zone, "the event time");
		switch (message.event()) {
			case "A11" -> {
				encounter.setStatus(Encounter.EncounterStatus.CANCELLED);
				return encounter;
			}
			case "A13" -> {
				encounter.setStatus(Encounter.EncounterStatus.INPROGRESS);
				encounter.getPeriod().setEndElement(null);
				encounter.getHospitalization().setDischargeDisposition(null).setDestination(null);
				if (!encounter.getLocation().isEmpty()) {
					Encounter.EncounterLocationComponent last = encounter.getLocation().get(encounter.getLocation().size() - 1);
					last.setStatus(Encounter.EncounterLocationStatus.ACTIVE);
					last.getPeriod().setEndElement(null);
				}
				return encounter;
			}
			default -> { }
		}
		if (created) {
			encounter.addIdentifier().setSystem(AdtIdentifiers.visit(message.facility())).setValue(message.visitNumber());
		}
		encounter.setSubject(targets.patient()).setServiceProvider(targets.facility());
		if (!message.patientClass().isBlank()) {
			String actClass = CLASSES.get(message.patientClass());
			if (actClass == null) {
				throw AdtRejection.error("103", "PV1-2 patient class '" + message.patientClass()
						+ "' has no Encounter class (I, B, E, O, R and P are mapped)");
			}
			encounter.setClass_(new Coding(V3_ACT_CODE, actClass, null));
		} else if (created) {
			throw AdtRejection.error("101", "PV1-2 (patient class) is empty");
		}
		if (!message.admitTime().isBlank()) {
			encounter.getPeriod().setStartElement(new DateTimeType(V2Time.toFhir(message.admitTime(), zone, "PV1-44")));
		} else if (!encounter.getPeriod().hasStart()) {
			if (eventTime == null) {
				throw AdtRejection.error("101", "no admission time: PV1-44, EVN and MSH-7 are empty");
			}
			encounter.getPeriod().setStartElement(new DateTimeType(eventTime));
		}
		String changedAt = eventTime != null ? eventTime : encounter.getPeriod().getStartElement().getValueAsString();
		if (targets.location() != null) {
			moveTo(encounter, targets.location(), changedAt);
		}
		switch (message.event()) {
			case "A01", "A04", "A02" -> encounter.setStatus(Encounter.EncounterStatus.INPROGRESS);
			case "A03" -> discharge(message, encounter, targets, zone, changedAt);
			case "A08" -> {
				if (created) {
					encounter.setStatus(Encounter.EncounterStatus.INPROGRESS);
				}
				if (!message.dischargeTime().isBlank()) {
					discharge(message, encounter, targets, zone, changedAt);
				}
			}
			default -> throw new IllegalArgumentException(message.event());
		}
		// The transition profile is declared where the class makes the stay a transition (the rule is MocRules').
		String profile = MocCodes.profile("moc-transition-encounter");
		encounter.getMeta().getProfile().removeIf(p -> profile.equals(p.getValue()));
		if (MocRules.hasTransitionClass(encounter)) {
			encounter.getMeta().addProfile(profile);
		}
		return encounter;
	}

	private static void discharge(AdtMessage message, Encounter encounter, Targets targets, ZoneId zone, String changedAt)
			throws AdtRejection {
		encounter.setStatus(Encounter.EncounterStatus.FINISHED);
		String end = message.dischargeTime().isBlank() ? changedAt : V2Time.toFhir(message.dischargeTime(), zone, "PV1-45");
		encounter.getPeriod().setEndElement(new DateTimeType(end));
		if (!message.dischargeDisposition().isBlank()) {
			encounter.getHospitalization().setDischargeDisposition(new CodeableConcept(
					new Coding(AdtIdentifiers.DISCHARGE_DISPOSITION, message.dischargeDisposition(), null)));
		}
		if (targets.destination() != null) {
			encounter.getHospitalization().setDestination(targets.destination());
		}
		for (Encounter.EncounterLocationComponent place : encounter.getLocation()) {
			if (place.getStatus() == Encounter.EncounterLocationStatus.ACTIVE) {
				place.setStatus(Encounter.EncounterLocationStatus.COMPLETED);
				place.getPeriod().setEndElement(new DateTimeType(end));
			}
		}
	}

	/**
	 * The stay is now at {@code location}: unless it is the last one already, the active one before it is completed at
	 * {@code at} and the new one added as active.
	 */
	private static void moveTo(Encounter encounter, Reference location, String at) {
		List<Encounter.EncounterLocationComponent> places = encounter.getLocation();
		if (!places.isEmpty() && same(places.get(places.size() - 1).getLocation(), location)) {
			return;
		}
		for (Encounter.EncounterLocationComponent place : places) {
			if (place.getStatus() == Encounter.EncounterLocationStatus.ACTIVE) {
				place.setStatus(Encounter.EncounterLocationStatus.COMPLETED);
				place.getPeriod().setEndElement(new DateTimeType(at));
			}
		}
		encounter.addLocation().setLocation(location).setStatus(Encounter.EncounterLocationStatus.ACTIVE)
				.setPeriod(new Period().setStartElement(new DateTimeType(at)));
	}

	private static boolean same(Reference a, Reference b) {
		return a.getReference() != null && a.getReference().equals(b.getReference());
	}
}
