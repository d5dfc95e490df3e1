package org.snpmoc.hl7v2;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the intake reads from an ADT message. Every version from 2.3 to 2.5.1 is parsed into HAPI's 2.5.1 model
 * (the later versions only add fields), and fields are read by Terser paths that search the whole message, so the
 * different message structures of the events (ADT_A01, ADT_A02, ADT_A03, ADT_A09) need no code of their own.
 *
 * @param patientIds  PID-3 repetitions
 * @param facility    the setting: PV1-3.4, else the sending facility (MSH-4)
 * @param location    PV1-3 point of care, room and bed (empty parts left out)
 * @param destination PV1-37.1 discharged-to location
 * @param eventTime   EVN-6, else EVN-2, else MSH-7 (HL7 date/time text)
 */
record AdtMessage(MessageHeader header, String event, List<PatientId> patientIds, String patientClass, String visitNumber,
		String facility, String location, String locationName, String admitTime, String dischargeTime,
		String dischargeDisposition, String destination, String eventTime, String er7) {

	/** The events the intake applies; any other is refused (AR, 201). */
	static final Set<String> EVENTS = Set.of("A01", "A02", "A03", "A04", "A08", "A11", "A13");

	private static final Set<String> VERSIONS = Set.of("2.3", "2.3.1", "2.4", "2.5", "2.5.1");

	/** One PID-3 repetition: CX.1 and the assigning authority CX.4 (namespace, universal id, its type). */
	record PatientId(String value, String namespace, String universalId, String universalIdType) {}

	static final HapiContext HAPI = context();

	private static HapiContext context() {
		HapiContext context = new DefaultHapiContext(new CanonicalModelClassFactory("2.5.1"));
		// The intake checks what it uses itself; HAPI's field validation would refuse messages for fields it ignores.
		context.setValidationContext(ValidationContextFactory.noValidation());
		return context;
	}

	static AdtMessage parse(String text) throws AdtRejection {
		String er7 = MessageHeader.normalise(text);
		MessageHeader header = MessageHeader.read(er7);
		if (header == null) {
			throw AdtRejection.malformed("it does not start with an MSH segment");
		}
		if (!VERSIONS.contains(header.version())) {
			throw AdtRejection.unsupported("203", "unsupported HL7 version '" + header.version()
					+ "': ADT messages of versions 2.3 to 2.5.1 are accepted");
		}
		if (header.controlId().isBlank()) {
			throw AdtRejection.malformed("MSH-10 (message control id) is empty");
		}
		if (!"ADT".equals(header.messageType())) {
			throw AdtRejection.unsupported("200", "unsupported message type '" + header.messageType()
					+ "': only ADT messages are accepted");
		}
		Message message;
		try {
			PipeParser parser = HAPI.getPipeParser();
			message = parser.parse(er7);
		} catch (HL7Exception | RuntimeException e) {
			throw AdtRejection.malformed(plain(e.getMessage()));
		}
		Terser terser = new Terser(message);
		String event = header.triggerEvent().isBlank() ? get(terser, "/.EVN-1") : header.triggerEvent();
		if (!EVENTS.contains(event)) {
			throw AdtRejection.unsupported("201", "unsupported event '" + event
					+ "': the intake handles A01, A02, A03, A04, A08, A11 and A13");
		}
		List<PatientId> ids = patientIds(terser);
		if (ids.isEmpty()) {
			throw AdtRejection.error("101", "PID-3 (patient identifier list) is empty");
		}
		String visit = get(terser, "/.PV1-19-1");
		if (visit.isBlank()) {
			throw AdtRejection.error("101", "PV1-19 (visit number) is empty: it identifies the stay across events");
		}
		String facility = get(terser, "/.PV1-3-4-1");
		if (facility.isBlank()) {
			facility = header.sendingFacility();
		}
		if (facility.isBlank()) {
			throw AdtRejection.error("101", "neither PV1-3.4 nor MSH-4 names the facility");
		}
		List<String> place = new ArrayList<>();
		for (String part : List.of(get(terser, "/.PV1-3-1"), get(terser, "/.PV1-3-2"), get(terser, "/.PV1-3-3"))) {
			if (!part.isBlank()) {
				place.add(part);
			}
		}
		String eventTime = first(get(terser, "/.EVN-6-1"), get(terser, "/.EVN-2-1"), get(terser, "/.MSH-7-1"));
		return new AdtMessage(header, event, ids, get(terser, "/.PV1-2"), visit, facility, String.join("^", place),
				get(terser, "/.PV1-3-9"), get(terser, "/.PV1-44-1"), get(terser, "/.PV1-45-1"), get(terser, "/.PV1-36"),
				get(terser, "/.PV1-37-1"), eventTime, er7);
	}

	private static List<PatientId> patientIds(Terser terser) throws AdtRejection {
		List<PatientId> ids = new ArrayList<>();
		int count;
		try {
			Segment pid = terser.getSegment("/.PID");
			count = pid.getField(3).length;
		} catch (HL7Exception | RuntimeException e) {
			throw AdtRejection.malformed("no PID segment");
		}
		for (int i = 0; i < count; i++) {
			String value = get(terser, "/.PID-3(" + i + ")-1");
			if (!value.isBlank()) {
				ids.add(new PatientId(value, get(terser, "/.PID-3(" + i + ")-4-1"), get(terser, "/.PID-3(" + i + ")-4-2"),
						get(terser, "/.PID-3(" + i + ")-4-3")));
			}
		}
		return ids;
	}

	/** A field's text, empty when absent (the segment included). */
	private static String get(Terser terser, String path) {
		try {
			String value = terser.get(path);
			return value == null ? "" : value.strip();
		} catch (HL7Exception | RuntimeException e) {
			return "";
		}
	}

	private static String first(String... values) {
		for (String value : values) {
			if (!value.isBlank()) {
				return value;
			}
		}
		return "";
	}

	/** HAPI's parse errors, without the Java class names some of them carry. */
	private static String plain(String message) {
		if (message == null || message.isBlank()) {
			return "the message cannot be parsed";
		}
		String text = message.replaceAll("[a-z]+(\\.[a-z0-9]+)+\\.[A-Z][A-Za-z0-9$]*", "").strip();
		return text.length() > 200 ? text.substring(0, 200) : text;
	}
}
