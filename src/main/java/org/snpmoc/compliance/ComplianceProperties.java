package org.snpmoc.compliance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the compliance operations ({@code moc.compliance.*}).
 *
 * @param batchSize       beneficiaries read and evaluated together by the plan-level operations
 * @param gapsHorizonDays $moc-gaps lists open windows due within this many days after asOf ("due-soon")
 * @param gapsCacheSeconds the plan's $moc-gaps list is kept this long for its next pages, unless data change
 * @param recordReader    how beneficiaries' records are read: {@code rows} straight from HAPI's tables, or
 *                        {@code hapi} through its searches (also used when the rows cannot stand in for them)
 */
@Validated
@ConfigurationProperties(prefix = "moc.compliance")
public record ComplianceProperties(
		@DefaultValue("250") @Min(1) @Max(500) int batchSize,
		@DefaultValue("30") @Min(0) int gapsHorizonDays,
		@DefaultValue("300") @Min(0) int gapsCacheSeconds,
		@DefaultValue("rows") RecordReading recordReader) {

	public enum RecordReading { ROWS, HAPI }
}
