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
		if (value.getPrecision().ordinal() <= TemporalPrecisionEnum.DAY.ordinal()) {
			int month = value.getPrecision() == TemporalPrecisionEnum.YEAR ? 1 : value.getMonth() + 1;
			int day = value.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal() ? 1 : value.getDay();
			return LocalDate.of(value.getYear(), month, day);
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
