package org.snpmoc.support;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading a $moc-evaluate MeasureReport as the JSON a client gets. */
public final class ReportJson {
	private ReportJson() {}

	/** The moc-outcome of the report's group for a factor (or element), or null when there is none. */
	public static String outcome(JsonNode report, String factor) {
		for (JsonNode group : report.path("group")) {
			if (factor.equals(group.path("code").path("coding").path(0).path("code").asText())) {
				return outcomeOf(group);
			}
		}
		return null;
	}

	/** The moc-outcome extension of one group, or null. */
	public static String outcomeOf(JsonNode group) {
		for (JsonNode ext : group.path("extension")) {
			if (ext.path("url").asText().endsWith("/moc-outcome")) {
				return ext.path("valueCode").asText();
			}
		}
		return null;
	}
}
