package org.snpmoc.durability;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How committed writes reach the disk, bound from {@code moc.durability.*}.
 *
 * @param syncCommits a write is acknowledged only once it is on disk (fsync): on the embedded database every
 *                    commit is written at once and the file is synced before the commit returns (several
 *                    concurrent commits share one sync); on PostgreSQL the server refuses to start when
 *                    {@code fsync} or {@code synchronous_commit} is off. {@code false} trades the last moments of
 *                    writes on a crash for speed (H2's default write delay; PostgreSQL only warns).
 */
@ConfigurationProperties(prefix = "moc.durability")
public record DurabilityProperties(Boolean syncCommits) {

	public DurabilityProperties {
		syncCommits = syncCommits == null || syncCommits;
	}
}
