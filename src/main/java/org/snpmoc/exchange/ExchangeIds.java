package org.snpmoc.exchange;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids of what an exchange stores, derived from the stay and the event so that a retry or a restart rewrites the
 * same resources rather than adding copies: {@code notice-<stay>}, {@code toc-<stay>-<admission|discharge>}.
 */
final class ExchangeIds {
	private static final int MAX_ID = 64;

	private ExchangeIds() {}

	static String notice(String encounterId) {
		return id("notice-", encounterId, "");
	}

	static String document(String encounterId, ExchangeOutbox.Event event) {
		return id("toc-", encounterId, "-" + event.name().toLowerCase(java.util.Locale.ROOT));
	}

	private static String id(String prefix, String encounterId, String suffix) {
		String id = prefix + encounterId + suffix;
		// FHIR ids are at most 64 characters: a long stay id is replaced by its digest.
		return id.length() <= MAX_ID ? id
				: prefix + UUID.nameUUIDFromBytes(encounterId.getBytes(StandardCharsets.UTF_8)) + suffix;
	}
}
