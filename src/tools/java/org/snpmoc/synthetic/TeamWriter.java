package org.snpmoc.synthetic;

import static org.snpmoc.contract.MocCodes.CS_ICT_ROLE;
import static org.snpmoc.contract.MocCodes.ICT;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.snpmoc.contract.IctRole;

/**
 * The beneficiary's ICT: a care coordinator, a primary care provider, the beneficiary and a caregiver, and a
 * member for each need an HRA flagged, each joining when the need was first flagged. The drawn misses change it:
 * no beneficiary or caregiver (2D.1), a second active coordinator (2D.2), a coordinator vacancy around the stay
 * (2E.2), a nurse whose MOC training came late (2A.5).
 */
final class TeamWriter {
	private static final Map<String, IctRole> NEED_ROLES = Map.of(
			"mental-health", IctRole.BEHAVIORAL_HEALTH,
			"psychosocial", IctRole.SOCIAL_WORKER,
			"medical", IctRole.PHARMACIST,
			"functional", IctRole.NURSE,
			"cognitive", IctRole.BEHAVIORAL_HEALTH);

	/** The coordinator the story's work is done by (the one covering the stay, when there is one). */
	final String coordinator;
	/** The coordinator who leads the team at asOf. */
	final String lead;

	TeamWriter(Resources r, String coordinator, Scenario scenario, Timeline timeline, HraWriter hras, SyntheticStaff staff,
			Draws draws) {
		CareTeam ict = r.add(new CareTeam(), "ict", "moc-ict");
		ict.addCategory(Resources.artifact(ICT, "Interdisciplinary care team"));
		ict.setStatus(CareTeam.CareTeamStatus.ACTIVE);
		ict.setName("Interdisciplinary care team");
		ict.setSubject(r.patient());
		ict.setPeriod(new Period().setStartElement(Resources.date(timeline.ictStart)));
		ict.addManagingOrganization(Resources.ref("Organization", "syn-org-care-management"));

		Set<String> taken = new HashSet<>();
		this.coordinator = coordinator;
		taken.add(coordinator);
		if (scenario.misses("2E.2")) {
			// The coordinator left before the admission; the successor started after the last discharge.
			LocalDate left = timeline.stays.get(0).admitted().minusDays(draws.between(10, 20));
			LocalDate joined = timeline.finalDischarge().plusDays(draws.between(1, 5));
			member(ict, "PractitionerRole/" + coordinator, IctRole.CARE_COORDINATOR, timeline.ictStart, left);
			lead = distinct(IctRole.CARE_COORDINATOR, staff, taken, draws);
			member(ict, "PractitionerRole/" + lead, IctRole.CARE_COORDINATOR, joined, null);
		} else {
			lead = coordinator;
			member(ict, "PractitionerRole/" + coordinator, IctRole.CARE_COORDINATOR, timeline.ictStart, null);
		}
		if (scenario.misses("2D.2")) {
			LocalDate joined = scenario.misses("2E.2") ? timeline.finalDischarge().plusDays(draws.between(1, 5))
					: timeline.ictStart.plusDays(draws.between(30, 90));
			member(ict, "PractitionerRole/" + distinct(IctRole.CARE_COORDINATOR, staff, taken, draws),
					IctRole.CARE_COORDINATOR, joined, null);
		}
		member(ict, "PractitionerRole/" + staff.pick(IctRole.PRIMARY_CARE, draws), IctRole.PRIMARY_CARE, timeline.ictStart, null);
		if (!scenario.misses("2D.1")) {
			member(ict, r.patient().getReference(), IctRole.BENEFICIARY, timeline.ictStart, null);
			member(ict, r.caregiver().getReference(), IctRole.CAREGIVER, timeline.ictStart, null);
		}
		Set<IctRole> covered = new HashSet<>();
		List<String> needs = List.copyOf(hras.needs);
		for (int i = 0; i < needs.size(); i++) {
			IctRole role = NEED_ROLES.get(needs.get(i));
			if (role != null && covered.add(role)) {
				LocalDate since = hras.needSince.get(i).plusDays(draws.between(1, 5));
				member(ict, "PractitionerRole/" + staff.pick(role, draws), role, max(since, timeline.ictStart), null);
			}
		}
		if (scenario.misses("2A.5")) {
			member(ict, "PractitionerRole/" + staff.lateNurse(draws), IctRole.NURSE,
					timeline.latestCycleHra().plusDays(draws.between(60, 90)), null);
		}
	}

	private static String distinct(IctRole role, SyntheticStaff staff, Set<String> taken, Draws draws) {
		String id;
		do {
			id = staff.pick(role, draws);
		} while (!taken.add(id));
		return id;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static void member(CareTeam ict, String member, IctRole role, LocalDate from, LocalDate to) {
		Period period = new Period().setStartElement(Resources.date(from));
		if (to != null) {
			period.setEndElement(Resources.date(to));
		}
		ict.addParticipant().setMember(new Reference(member)).setPeriod(period)
				.addRole(new CodeableConcept(new Coding(CS_ICT_ROLE, role.code(), null)));
	}
}
