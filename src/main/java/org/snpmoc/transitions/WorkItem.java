package org.snpmoc.transitions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A work item the server opens for care managers: a Task with code moc-artifact#work-item whose reasonCode is the
 * factor, due on {@code due}. Its id is derived from the event and the step, so replaying the event finds it again.
 *
 * @param factor    the moc-factor code the step serves
 * @param anchor    the event the window runs from
 * @param patient   "Patient/id"
 * @param focus     the resource the event happened on ("Encounter/id", "Coverage/id", "QuestionnaireResponse/id")
 * @param on        the event's date (authoredOn of the Task)
 * @param opens     first day on which evidence counts
 * @param due       last day on which evidence counts
 * @param recipient who must receive the communication, where the step names one ("Organization/id"), else null
 * @param owner     the ICT member responsible, else null
 * @param description what to do, in a care manager's words
 */
record WorkItem(String factor, Anchor anchor, String patient, String focus, LocalDate on, LocalDate opens,
		LocalDate due, String recipient, String owner, String description) {
	private static final int MAX_ID = 64;
	private static final Pattern FACTOR = Pattern.compile("\\d[A-Z]\\.\\d+");

	/** The event a work item's window runs from; part of the Task id. */
	enum Anchor {
		ADMISSION, DISCHARGE, ENROLLMENT, ANNUAL;

		String code() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	String id() {
		return idFor(focus.substring(focus.indexOf('/') + 1), factor, anchor);
	}

	static String idFor(String focusId, String factor, Anchor anchor) {
		String step = "-" + factor + "-" + anchor.code();
		String id = "wi-" + focusId + step;
		// FHIR ids are at most 64 characters: a long event id is replaced by its digest, the step stays readable.
		return id.length() <= MAX_ID ? id
				: "wi-" + UUID.nameUUIDFromBytes(focusId.getBytes(StandardCharsets.UTF_8)) + step;
	}

	/** The anchor a work-item Task id ends with, or null when the id was not made by {@link #idFor}. */
	static Anchor anchorOf(String taskId) {
		for (Anchor anchor : Anchor.values()) {
			if (taskId != null && taskId.endsWith("-" + anchor.code())) {
				return anchor;
			}
		}
		return null;
	}

	/**
	 * The factor named in a work-item id of the server's shape ("wi-…-factor-anchor"), or null for any other id.
	 * The server writes the same factor into the reasonCode, so the id alone tells which step a Task is.
	 */
	static String factorIn(String taskId) {
		Anchor anchor = anchorOf(taskId);
		if (anchor == null || !taskId.startsWith("wi-")) {
			return null;
		}
		String step = taskId.substring(0, taskId.length() - anchor.code().length() - 1);
		String factor = step.substring(step.lastIndexOf('-') + 1);
		return FACTOR.matcher(factor).matches() ? factor : null;
	}

	WorkItem withOwner(String owner) {
		return new WorkItem(factor, anchor, patient, focus, on, opens, due, recipient, owner, description);
	}

	boolean windowHolds(LocalDate date) {
		return date != null && !date.isBefore(opens) && !date.isAfter(due);
	}
}
