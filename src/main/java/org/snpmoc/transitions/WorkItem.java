package org.snpmoc.transitions;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.snpmoc.compliance.Trigger;

/**
 * The id of the work item a triggered window opens: {@code wi-<event id>-<factor>-<admission|discharge|enrollment|annual>}.
 * Derived from the event and the step, so every later look at the same window finds the same Task.
 */
final class WorkItem {
	private static final int MAX_ID = 64;

	private WorkItem() {}

	static String idFor(String factor, Trigger trigger) {
		String event = trigger.event();
		return idFor(event.substring(event.indexOf('/') + 1), factor, trigger.kind());
	}

	static String idFor(String eventId, String factor, Trigger.Kind kind) {
		String step = "-" + factor + "-" + kind.code();
		String id = "wi-" + eventId + step;
		// FHIR ids are at most 64 characters: a long event id is replaced by its digest, the step stays readable.
		return id.length() <= MAX_ID ? id
				: "wi-" + UUID.nameUUIDFromBytes(eventId.getBytes(StandardCharsets.UTF_8)) + step;
	}

	/** Whether the id has the shape of the server's work items (and so is the server's to open, close or cancel). */
	static boolean isServers(String taskId) {
		if (taskId == null || !taskId.startsWith("wi-")) {
			return false;
		}
		for (Trigger.Kind kind : Trigger.Kind.values()) {
			if (taskId.endsWith("-" + kind.code())) {
				return true;
			}
		}
		return false;
	}
}
