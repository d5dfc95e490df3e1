package org.snpmoc.analytics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the plan evaluation job ({@code moc.analytics.*}).
 *
 * @param schedule          Spring cron expression (six fields, in the plan's time zone) of the run that stores the
 *                          summary of the month just ended; {@code -} switches the schedule off
 * @param chunkSize         beneficiaries per work chunk of the job
 * @param chunksPerInstance chunks one server instance evaluates at once; a chunk arriving while that many run goes
 *                          back to the database, where any instance's next pass may take it; 0 = one per processor
 */
@Validated
@ConfigurationProperties(prefix = "moc.analytics")
public record AnalyticsProperties(
		@DefaultValue("0 0 2 1 * *") String schedule,
		@DefaultValue("250") @Min(1) @Max(500) int chunkSize,
		@DefaultValue("0") @Min(0) @Max(64) int chunksPerInstance) {

	public boolean scheduled() {
		return schedule != null && !schedule.isBlank() && !"-".equals(schedule.trim());
	}

	public int concurrentChunks() {
		return chunksPerInstance > 0 ? chunksPerInstance : Runtime.getRuntime().availableProcessors();
	}
}
