package org.snpmoc.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * EHR launch contexts: a staff app opening a beneficiary's chart asks for a {@code launch} id naming the patient; the
 * SMART app passes it to {@code /oauth2/authorize}, and its token gets that patient in context.
 */
public class LaunchContexts {
	static final Duration LIFETIME = Duration.ofMinutes(30);
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	public LaunchContexts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public String create(String patientId) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.update("DELETE FROM moc_launch WHERE created_at < ?", Timestamp.from(Instant.now().minus(LIFETIME)));
		jdbc.update("INSERT INTO moc_launch (id, patient, created_at) VALUES (?, ?, ?)", id, patientId,
				Timestamp.from(Instant.now()));
		return id;
	}

	public Optional<String> patient(String launchId) {
		if (launchId == null || launchId.length() > 64) {
			return Optional.empty();
		}
		List<String> found = jdbc.queryForList("SELECT patient FROM moc_launch WHERE id = ? AND created_at >= ?",
				String.class, launchId, Timestamp.from(Instant.now().minus(LIFETIME)));
		return found.stream().findFirst();
	}
}
