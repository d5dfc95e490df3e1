package org.snpmoc.transitions;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.CS_ICT_ROLE;
import static org.snpmoc.contract.MocCodes.ICT;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.snpmoc.compliance.ClinicalDates;
import org.snpmoc.compliance.Codes;
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
				.filter(t -> t.getStatus() == CareTeam.CareTeamStatus.ACTIVE)
				.filter(t -> Codes.hasAny(t.getCategory(), CS_ARTIFACT, ICT))
				.flatMap(t -> t.getParticipant().stream())
				.filter(p -> Codes.hasAny(p.getRole(), CS_ICT_ROLE, role.code()))
				.filter(p -> p.hasMember() && serves(p, on, zone))
				.map(p -> References.key(p.getMember()))
				.findFirst();
	}

	private static boolean serves(CareTeamParticipantComponent participant, LocalDate on, ZoneId zone) {
		LocalDate start = ClinicalDates.start(participant.getPeriod(), zone);
		LocalDate end = ClinicalDates.end(participant.getPeriod(), zone);
		return (start == null || !start.isAfter(on)) && (end == null || !end.isBefore(on));
	}
}
