package org.snpmoc.hl7v2;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.snpmoc.contract.MocCodes;

/**
 * Identifier systems of what the intake finds or creates, all scoped by the facility (PV1-3.4, else MSH-4) so that
 * two facilities' visit numbers and ward codes never meet:
 * Organization {@code …/hl7v2/facility|FAC}, Encounter {@code …/hl7v2/facility/FAC/visit|PV1-19},
 * Location {@code …/hl7v2/facility/FAC/location|point^room^bed}, discharge destination
 * {@code …/hl7v2/facility/FAC/discharge-location|PV1-37}.
 */
public final class AdtIdentifiers {
	public static final String FACILITY = MocCodes.BASE + "/hl7v2/facility";
	public static final String MESSAGE_CONTENT_TYPE = "x-application/hl7-v2+er7";
	/** HL7 table 0003 (event type) for Provenance.activity. */
	public static final String EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0003";
	/** HL7 table 0112 (discharge disposition). */
	public static final String DISCHARGE_DISPOSITION = "http://terminology.hl7.org/CodeSystem/v2-0112";

	private AdtIdentifiers() {}

	public static String visit(String facility) {
		return scoped(facility) + "/visit";
	}

	public static String location(String facility) {
		return scoped(facility) + "/location";
	}

	public static String dischargeLocation(String facility) {
		return scoped(facility) + "/discharge-location";
	}

	private static String scoped(String facility) {
		return FACILITY + "/" + URLEncoder.encode(facility, StandardCharsets.UTF_8);
	}

	/**
	 * The stored message's Binary id: one per sender and control id (MSH-3, MSH-4, MSH-10), so a repeat is found by a
	 * read and cannot be stored twice.
	 */
	public static String binaryId(MessageHeader header) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.join("|", header.sendingApplication(),
					header.sendingFacility(), header.controlId()).getBytes(StandardCharsets.UTF_8));
			return "hl7v2-" + HexFormat.of().formatHex(hash, 0, 20);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
