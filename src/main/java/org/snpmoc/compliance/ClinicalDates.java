package org.snpmoc.compliance;

import java.time.LocalDate;
import java.time.ZoneId;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Period;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * Clinical dates as calendar dates in the plan's time zone. A date without a time is taken as written; a
 * timestamp is moved into the plan's zone first, so a discharge at 23:30 Eastern stays on its own day.
 */
public final class ClinicalDates {
	private ClinicalDates() {}

	public static LocalDate toDate(BaseDateTimeType value, ZoneId zone) {
		if (value == null || value.isEmpty() || value.getValue() == null) {
			return null;
		}
		// Read from the text as written: HAPI's calendar accessors build a Calendar on every call, and evaluation
		// asks for thousands of dates.
		String text = value.getValueAsString();
		TemporalPrecisionEnum precision = value.getPrecision();
		if (precision.ordinal() <= TemporalPrecisionEnum.DAY.ordinal() && text != null && text.length() >= 4) {
			int year = Integer.parseInt(text, 0, 4, 10);
			int month = precision == TemporalPrecisionEnum.YEAR ? 1 : Integer.parseInt(text, 5, 7, 10);
			int day = precision != TemporalPrecisionEnum.DAY ? 1 : Integer.parseInt(text, 8, 10, 10);
			return LocalDate.of(year, month, day);
		}
		return value.getValue().toInstant().atZone(zone).toLocalDate();
	}

	public static LocalDate start(Period period, ZoneId zone) {
		return period == null ? null : toDate(period.getStartElement(), zone);
	}

	public static LocalDate end(Period period, ZoneId zone) {
		return period == null ? null : toDate(period.getEndElement(), zone);
	}
}
