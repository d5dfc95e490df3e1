package org.snpmoc.transitions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hl7.fhir.r4.model.CareTeam;
import org.snpmoc.compliance.factors.ict.IctParticipants;
import org.snpmoc.contract.IctRole;

/**
 * Who on the beneficiary's active ICT owns a work item: the first of the given roles served by a member on the
 * event's date (for a transition: the transition coordinator, else the care coordinator).
 */
final class IctOwner {
	private IctOwner() {}

	static String of(List<CareTeam> teams, LocalDate on, ZoneId zone, IctRole... roles) {
		return IctParticipants.firstServing(teams, on, zone, roles).orElse(null);
	}
}
