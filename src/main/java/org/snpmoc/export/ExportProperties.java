package org.snpmoc.export;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of Bulk Data export ({@code moc.export.*}).
 *
 * @param jobInterval how often HAPI's batch jobs are moved on to their next step; an export of a small population
 *                    takes a few of these intervals (HAPI's own default is one minute)
 * @param fileRetention how long export files and their job are kept before HAPI deletes them
 */
@ConfigurationProperties(prefix = "moc.export")
public record ExportProperties(
		@DefaultValue("1s") Duration jobInterval,
		@DefaultValue("2h") Duration fileRetention) {}
