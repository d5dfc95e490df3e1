package org.snpmoc.hl7v2;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HL7 v2 date/times (DTM, {@code YYYY[MM[DD[HH[MM[SS[.S…]]]]]][±ZZZZ]}) as FHIR dateTime text. */
final class V2Time {
	private static final Pattern DTM =
			Pattern.compile("(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\.\\d{1,4})?([+-]\\d{4})?");

	private static final java.time.format.DateTimeFormatter SECONDS =
			java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private V2Time() {}

	/**
	 * A time without an offset is read in the plan's zone (FHIR wants an offset on any time of day); a value with
	 * no time of day stays a date.
	 */
	static String toFhir(String dtm, ZoneId zone, String field) throws AdtRejection {
		Matcher m = DTM.matcher(dtm.strip());
		if (!m.matches()) {
			throw AdtRejection.error("102", field + " '" + dtm + "' is not an HL7 date/time");
		}
		String year = m.group(1);
		if (m.group(2) == null) {
			return year;
		}
		if (m.group(3) == null) {
			return year + "-" + m.group(2);
		}
		String date = year + "-" + m.group(2) + "-" + m.group(3);
		if (m.group(4) == null) {
			return valid(date, field, dtm);
		}
		String minute = m.group(5) == null ? "00" : m.group(5);
		String second = m.group(6) == null ? "00" : m.group(6);
		LocalDateTime local;
		try {
			local = LocalDateTime.parse(date + "T" + m.group(4) + ":" + minute + ":" + second);
		} catch (RuntimeException e) {
			throw AdtRejection.error("102", field + " '" + dtm + "' is not a valid date/time");
		}
		ZoneOffset offset = m.group(8) != null
				? ZoneOffset.of(m.group(8).substring(0, 3) + ":" + m.group(8).substring(3))
				: zone.getRules().getOffset(local);
		String id = offset.getId();
		return local.format(SECONDS) + ("Z".equals(id) ? "+00:00" : id);
	}

	private static String valid(String date, String field, String dtm) throws AdtRejection {
		try {
			java.time.LocalDate.parse(date);
			return date;
		} catch (RuntimeException e) {
			throw AdtRejection.error("102", field + " '" + dtm + "' is not a valid date");
		}
	}
}
