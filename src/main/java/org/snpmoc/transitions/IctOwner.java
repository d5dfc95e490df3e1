package org.snpmoc.transitions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CareTeam;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.factors.ict.IctParticipants;
import org.snpmoc.contract.IctRole;

/**
 * Who on the beneficiary's active ICT owns a work item: the first of the given roles served by a member on the
 * event's date (for a transition: the transition coordinator, else the care coordinator).
 */
final class IctOwner {
	private IctOwner() {}

	static String of(List<CareTeam> teams, LocalDate on, ZoneId zone, IctRole... roles) {
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
