package org.snpmoc.hl7v2;

/**
 * The MSH fields read straight from the text, before (and whether or not) the whole message parses: a malformed
 * message still gets an acknowledgment that echoes its control id and names its sender.
 */
record MessageHeader(String sendingApplication, String sendingFacility, String receivingApplication,
		String receivingFacility, String messageType, String triggerEvent, String controlId, String processingId,
		String version) {

	/** Segment separators as sent from a terminal or a file ({@code \n}, {@code \r\n}) become HL7's {@code \r}. */
	static String normalise(String text) {
		return text.replace("\r\n", "\r").replace('\n', '\r').strip();
	}

	/** Null when the text does not start with an MSH segment at all (it is not HL7 v2). */
	static MessageHeader read(String text) {
		String message = normalise(text);
		if (message.length() < 8 || !message.startsWith("MSH")) {
			return null;
		}
		char field = message.charAt(3);
		if (Character.isLetterOrDigit(field) || Character.isWhitespace(field)) {
			return null;
		}
		int end = message.indexOf('\r');
		String[] fields = (end < 0 ? message : message.substring(0, end)).split(java.util.regex.Pattern.quote(String.valueOf(field)), -1);
		if (fields.length < 2 || fields[1].isEmpty()) {
			return null;
		}
		char component = fields[1].charAt(0);
		String[] type = component(at(fields, 9), component, 3);
		return new MessageHeader(first(at(fields, 3), component), first(at(fields, 4), component),
				first(at(fields, 5), component), first(at(fields, 6), component), type[0], type[1], at(fields, 10),
				first(at(fields, 11), component), first(at(fields, 12), component));
	}

	/** MSH-n: MSH-1 is the separator itself, so MSH-n is the (n-1)th piece of the split. */
	private static String at(String[] fields, int msh) {
		return msh - 1 < fields.length ? fields[msh - 1] : "";
	}

	private static String first(String value, char component) {
		return component(value, component, 1)[0];
	}

	private static String[] component(String value, char component, int count) {
		String[] parts = value.split(java.util.regex.Pattern.quote(String.valueOf(component)), -1);
		String[] out = new String[count];
		for (int i = 0; i < count; i++) {
			out[i] = i < parts.length ? parts[i] : "";
		}
		return out;
	}
}
