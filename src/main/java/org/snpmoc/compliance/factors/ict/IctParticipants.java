package org.snpmoc.compliance.factors.ict;

import static org.snpmoc.contract.MocCodes.CS_ICT_ROLE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.snpmoc.compliance.ClinicalDates;
import org.snpmoc.compliance.Codes;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.contract.IctRole;

/** How the checks read an ICT participant: its ict-role codes and when its participation runs. */
public final class IctParticipants {
	private IctParticipants() {}

	/** The participant's ict-role codes. */
	public static List<String> roles(CareTeamParticipantComponent participant) {
		return participant.getRole().stream()
				.map(concept -> Codes.codeIn(concept, CS_ICT_ROLE))
				.filter(Objects::nonNull)
				.toList();
	}

	public static boolean hasRole(CareTeamParticipantComponent participant, String... codes) {
		List<String> roles = roles(participant);
		return Arrays.stream(codes).anyMatch(roles::contains);
	}

	/**
	 * Who on the beneficiary's active ICTs serves the first of the given roles on a date (a member in that role whose
	 * participation covers it), as a reference string; empty when nobody does.
	 */
	public static Optional<String> firstServing(List<CareTeam> teams, LocalDate on, ZoneId zone, IctRole... roles) {
		for (IctRole role : roles) {
			Optional<String> member = teams.stream()
					.filter(t -> t.getStatus() == CareTeam.CareTeamStatus.ACTIVE && MocRules.isIct(t))
					.flatMap(t -> t.getParticipant().stream())
					.filter(p -> hasRole(p, role.code()))
					.filter(p -> p.hasMember() && activeOn(p, on, zone))
					.map(p -> PatientRecord.key(p.getMember()))
					.findFirst();
			if (member.isPresent()) {
				return member;
			}
		}
		return Optional.empty();
	}

	/**
	 * The person an ICT member reference stands for: a PractitionerRole's practitioner (when the record holds the role
	 * and it names one), else the reference itself; null for null.
	 */
	public static String holder(PatientRecord record, String member) {
		if (member == null) {
			return null;
		}
		return record.resolve(new Reference(member), PractitionerRole.class)
				.filter(PractitionerRole::hasPractitioner)
				.map(role -> PatientRecord.key(role.getPractitioner()))
				.orElse(member);
	}

	/** True when the participation covers the date; a participant without a period takes part as long as the team. */
	public static boolean activeOn(CareTeamParticipantComponent participant, LocalDate date, ZoneId zone) {
		return overlaps(participant.getPeriod(), date, date, zone);
	}

	/** True when the participation overlaps [from, to]; open ends and a missing period overlap everything. */
	public static boolean overlaps(CareTeamParticipantComponent participant, LocalDate from, LocalDate to, ZoneId zone) {
		return overlaps(participant.getPeriod(), from, to, zone);
	}

	private static boolean overlaps(Period period, LocalDate from, LocalDate to, ZoneId zone) {
		LocalDate start = ClinicalDates.start(period, zone);
		LocalDate end = ClinicalDates.end(period, zone);
		return (start == null || !start.isAfter(to)) && (end == null || !end.isBefore(from));
	}
}
