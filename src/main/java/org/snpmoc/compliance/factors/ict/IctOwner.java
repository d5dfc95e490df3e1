package org.snpmoc.compliance.factors.ict;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CareTeam;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.compliance.PatientRecord;
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
			return serving(teams, IctRole.CARE_COORDINATOR, asOf, zone).orElse(null);
		}
		LocalDate on = window.deadline().isBefore(asOf) ? window.deadline() : asOf;
		boolean transition = window.trigger() != null && switch (window.trigger().kind()) {
			case ADMISSION, DISCHARGE -> true;
			case ENROLLMENT, ANNUAL -> false;
		};
		IctRole[] roles = transition
				? new IctRole[] {IctRole.TRANSITION_COORDINATOR, IctRole.CARE_COORDINATOR}
				: new IctRole[] {IctRole.CARE_COORDINATOR};
		for (IctRole role : roles) {
			Optional<String> member = serving(teams, role, on, zone);
			if (member.isPresent()) {
				return member.get();
			}
		}
		return null;
	}

	private static Optional<String> serving(List<CareTeam> teams, IctRole role, LocalDate on, ZoneId zone) {
		return teams.stream()
				.filter(t -> t.getStatus() == CareTeam.CareTeamStatus.ACTIVE && MocRules.isIct(t))
				.flatMap(t -> t.getParticipant().stream())
				.filter(p -> IctParticipants.hasRole(p, role.code()))
				.filter(p -> p.hasMember() && IctParticipants.activeOn(p, on, zone))
				.map(p -> PatientRecord.key(p.getMember()))
				.findFirst();
	}
}
