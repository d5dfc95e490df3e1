package org.snpmoc.compliance.gaps;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One item of a care manager's work list: what has to be done, for whom, by when.
 *
 * @param subject "Patient/id", "Practitioner/id" for a staff member's training, or "" when nobody in particular
 * @param overdue true when the deadline has passed without it; false when it is due within the horizon
 * @param event   the stay, enrollment or HRA whose window this is ("Type/id"), when that event opens a stored work
 *                item for it (the Task {@code wi-…} of the same factor and focus); else null
 * @param owner   the ICT member who owns it (the team's reference, see IctOwner), or null when nobody serves
 * @param ownerPerson the practitioner that member stands for (IctParticipants.holder), or null
 */
public record Gap(String factor, String subject, String what, LocalDate due, boolean overdue, String event, String owner,
		String ownerPerson) {

	public Gap(String factor, String subject, String what, LocalDate due, boolean overdue) {
		this(factor, subject, what, due, overdue, null, null, null);
	}

	public Gap(String factor, String subject, String what, LocalDate due, boolean overdue, String event, String owner) {
		this(factor, subject, what, due, overdue, event, owner, owner);
	}

	Gap ownedBy(String person) {
		return new Gap(factor, subject, what, due, overdue, event, owner, person);
	}

	/** Overdue first, then by due date, factor and subject. */
	public static final Comparator<Gap> WORK_ORDER = Comparator.comparing((Gap g) -> !g.overdue())
			.thenComparing(Gap::due)
			.thenComparing(Gap::factor)
			.thenComparing(Gap::subject)
			.thenComparing(Gap::what);
}
