package org.snpmoc.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Audit trail settings, bound from {@code moc.audit.*}.
 *
 * @param enabled       write an AuditEvent per access to health information (default true)
 * @param queueCapacity AuditEvents waiting to be written; beyond it new ones are dropped and counted
 * @param batchSize     AuditEvents written in one database transaction
 */
@ConfigurationProperties(prefix = "moc.audit")
public record AuditProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10000") int queueCapacity,
		@DefaultValue("200") int batchSize) {

	public AuditProperties {
		if (queueCapacity < 1 || batchSize < 1) {
			throw new IllegalArgumentException("moc.audit.queue-capacity and moc.audit.batch-size must be at least 1");
		}
	}
}
