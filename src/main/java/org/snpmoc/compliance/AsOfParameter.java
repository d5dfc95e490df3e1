package org.snpmoc.compliance;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.hl7.fhir.instance.model.api.IPrimitiveType;

/** The {@code asOf} parameter of the MOC operations: a calendar date YYYY-MM-DD, or absent for today. */
public final class AsOfParameter {
	private static final DateTimeFormatter STRICT_DATE =
			DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

	private AsOfParameter() {}

	/** The date as written; null when absent. Anything but an existing calendar date is a 400. */
	public static LocalDate parse(IPrimitiveType<?> asOf) {
		if (asOf == null || asOf.getValueAsString() == null || asOf.getValueAsString().isBlank()) {
			return null;
		}
		return parse(asOf.getValueAsString());
	}

	public static LocalDate parse(String text) {
		try {
			return LocalDate.parse(text.trim(), STRICT_DATE);
		} catch (DateTimeParseException e) {
			throw new InvalidRequestException("asOf must be a calendar date written YYYY-MM-DD, not '" + text + "'");
		}
	}
}
