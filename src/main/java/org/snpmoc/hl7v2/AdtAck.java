package org.snpmoc.hl7v2;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.util.Terser;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The acknowledgment of one message: MSA-1 AA/AE/AR, MSA-2 the message's control id, MSA-3 and ERR the reason.
 *
 * @param hl7 false when what was received is not HL7 v2 at all (no MSH): over HTTP that is a 400, not an ACK
 */
public record AdtAck(String code, String text, String er7, boolean hl7) {
	private static final String APPLICATION = "SNP-MOC";
	private static final DateTimeFormatter DTM = DateTimeFormatter.ofPattern("yyyyMMddHHmmssZ");
	private static final AtomicLong SEQUENCE = new AtomicLong();

	/** Table 0357 texts for ERR-3.2. */
	private static final Map<String, String> ERROR_TEXT = Map.of(
			"100", "Segment sequence error", "101", "Required field missing", "102", "Data type error",
			"103", "Table value not found", "200", "Unsupported message type", "201", "Unsupported event code",
			"203", "Unsupported version id", "204", "Unknown key identifier", "205", "Duplicate key identifier",
			"207", "Application internal error");

	static AdtAck accepted(MessageHeader header, String text) {
		return new AdtAck("AA", text, encode(header, "AA", text, null), true);
	}

	static AdtAck rejected(MessageHeader header, AdtRejection rejection) {
		String code = rejection.code().name();
		return new AdtAck(code, rejection.getMessage(), encode(header, code, rejection.getMessage(), rejection.errorCode()),
				true);
	}

	static AdtAck notHl7(String text) {
		MessageHeader none = new MessageHeader("", "", "", "", "", "", "", "P", "2.5.1");
		return new AdtAck("AR", text, encode(none, "AR", text, "100"), false);
	}

	private static String encode(MessageHeader header, String code, String text, String errorCode) {
		try {
			ACK ack = new ACK(AdtMessage.HAPI.getModelClassFactory());
			Terser t = new Terser(ack);
			t.set("MSH-1", "|");
			t.set("MSH-2", "^~\\&");
			// The acknowledgment goes back to the sender: their application and facility become its receivers.
			t.set("MSH-3-1", header.receivingApplication().isBlank() ? APPLICATION : header.receivingApplication());
			t.set("MSH-4-1", header.receivingFacility());
			t.set("MSH-5-1", header.sendingApplication());
			t.set("MSH-6-1", header.sendingFacility());
			t.set("MSH-7-1", OffsetDateTime.now().format(DTM));
			t.set("MSH-9-1", "ACK");
			t.set("MSH-9-2", header.triggerEvent());
			t.set("MSH-9-3", "ACK");
			t.set("MSH-10", "MOC" + Long.toString(System.currentTimeMillis(), 36) + SEQUENCE.incrementAndGet() % 100000);
			t.set("MSH-11-1", header.processingId().isBlank() ? "P" : header.processingId());
			t.set("MSH-12-1", header.version().isBlank() ? "2.5.1" : header.version());
			t.set("MSA-1", code);
			t.set("MSA-2", header.controlId());
			t.set("MSA-3", text);
			if (errorCode != null) {
				t.set("ERR-3-1", errorCode);
				t.set("ERR-3-2", ERROR_TEXT.getOrDefault(errorCode, ""));
				t.set("ERR-3-3", "HL70357");
				t.set("ERR-4", "E");
				t.set("ERR-8", text);
			}
			return AdtMessage.HAPI.getPipeParser().encode(ack);
		} catch (HL7Exception e) {
			throw new IllegalStateException("acknowledgment cannot be encoded", e);
		}
	}
}
