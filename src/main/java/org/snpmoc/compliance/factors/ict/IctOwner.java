package org.snpmoc.compliance.factors.ict;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hl7.fhir.r4.model.CareTeam;
import org.snpmoc.compliance.Window;
import org.snpmoc.contract.IctRole;

/**
 * Who on the beneficiary's active ICT owns a piece of work (a stored work item, a $moc-gaps entry): for a transition's
 * window the transition coordinator, else the care coordinator; for any other window, or work without one, the care
 * coordinator. The member must serve on the day the window closes, or on asOf when that is earlier.
 */
public final class IctOwner {
	private IctOwner() {}

	/** "Practitioner/…" (or whatever the participant references), or null when no such member serves. */
	public static String of(Window window, List<CareTeam> teams, LocalDate asOf, ZoneId zone) {
		if (window == null) {
			return IctParticipants.firstServing(teams, asOf, zone, IctRole.CARE_COORDINATOR).orElse(null);
		}
		LocalDate on = window.deadline().isBefore(asOf) ? window.deadline() : asOf;
		boolean transition = window.trigger() != null && switch (window.trigger().kind()) {
			case ADMISSION, DISCHARGE -> true;
			case ENROLLMENT, ANNUAL -> false;
		};
		IctRole[] roles = transition
				? new IctRole[] {IctRole.TRANSITION_COORDINATOR, IctRole.CARE_COORDINATOR}
				: new IctRole[] {IctRole.CARE_COORDINATOR};
		return IctParticipants.firstServing(teams, on, zone, roles).orElse(null);
	}
}
