package org.snpmoc.hl7v2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** ADT messages as EHRs send them, and a minimal MLLP client. */
final class AdtMessages {
	private AdtMessages() {}

	/**
	 * One ADT message. {@code pid3} is PID-3 as sent (repetitions separated by ~); PV1 fields are placed at their
	 * positions: 2 class, 3 location, 19 visit, 36 disposition, 37 destination, 44 admit, 45 discharge.
	 */
	static String adt(String version, String event, String controlId, String pid3, String patientClass, String location,
			String visit, String disposition, String destination, String admit, String discharge, String eventTime) {
		String structure = switch (event) {
			case "A02" -> "ADT_A02";
			case "A03" -> "ADT_A03";
			case "A11" -> "ADT_A09";
			default -> "ADT_A01";
		};
		String type = version.equals("2.3") ? "ADT^" + event : "ADT^" + event + "^" + structure;
		String[] pv1 = new String[46];
		java.util.Arrays.fill(pv1, "");
		pv1[0] = "PV1";
		pv1[1] = "1";
		pv1[2] = patientClass;
		pv1[3] = location;
		pv1[19] = visit;
		pv1[36] = disposition;
		pv1[37] = destination;
		pv1[44] = admit;
		pv1[45] = discharge;
		return String.join("\r",
				"MSH|^~\\&|EPICADT|HARBOR|SNPMOC|PLAN|" + eventTime + "||" + type + "|" + controlId + "|P|" + version,
				"EVN|" + event + "|" + eventTime,
				"PID|1||" + pid3 + "||Okafor^Ada^N||19440312|F",
				String.join("|", pv1).replaceAll("\\|+$", ""));
	}

	/** Sends framed messages on one connection and answers each acknowledgment. */
	static String[] mllp(int port, String... messages) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			String[] acks = new String[messages.length];
			for (int i = 0; i < messages.length; i++) {
				out.write(0x0B);
				out.write(messages[i].getBytes(StandardCharsets.UTF_8));
				out.write(0x1C);
				out.write(0x0D);
				out.flush();
				acks[i] = readFrame(in);
			}
			return acks;
		}
	}

	static String readFrame(InputStream in) throws IOException {
		int b = in.read();
		if (b != 0x0B) {
			throw new IOException("no frame start: " + b);
		}
		ByteArrayOutputStream frame = new ByteArrayOutputStream();
		while ((b = in.read()) != 0x1C) {
			if (b < 0) {
				throw new IOException("closed inside a frame");
			}
			frame.write(b);
		}
		if (in.read() != 0x0D) {
			throw new IOException("no frame end");
		}
		return frame.toString(StandardCharsets.UTF_8);
	}

	/** MSA-n of an acknowledgment. */
	static String msa(String ack, int field) {
		for (String segment : ack.split("\r")) {
			if (segment.startsWith("MSA|")) {
				String[] fields = segment.split("\\|", -1);
				return field < fields.length ? fields[field] : "";
			}
		}
		throw new AssertionError("no MSA in " + ack);
	}
}
