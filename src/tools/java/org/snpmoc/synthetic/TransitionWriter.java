package org.snpmoc.synthetic;

import static org.snpmoc.contract.MocCodes.*;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.snpmoc.contract.IctRole;

/**
 * The care transitions of the story and their steps: the stays, a follow-up after each discharge, the
 * coordination Task, the ICP sent to each setting, the point-of-contact notice, access to health information and
 * self-management education. A drawn 2E miss drops (or delays by weeks) that step for the stay it concerns.
 */
final class TransitionWriter {

	static void write(Resources r, Scenario scenario, Timeline timeline, TeamWriter team, Beneficiary beneficiary,
			SyntheticStaff staff, Draws draws) {
		Reference coordinator = Resources.ref("PractitionerRole", team.coordinator);
		Reference educator = Resources.ref("PractitionerRole", staff.pick(IctRole.DIRECT_CARE_EDUCATOR, draws));
		int last = timeline.stays.size() - 1;
		for (int s = 0; s <= last; s++) {
			Timeline.Stay stay = timeline.stays.get(s);
			boolean first = s == 0;
			boolean isFinal = s == last;
			String n = String.valueOf(s + 1);
			Encounter encounter = stay(r, n, stay);
			Reference about = Resources.ref(encounter);

			if (first && !scenario.misses("2E.2") && draws.chance(0.5)) {
				Task task = r.add(new Task(), "stay-" + n + "-coordination", "moc-transition-coordination-task");
				task.setCode(Resources.artifact(TRANSITION_COORDINATION, "Transition coordination"));
				task.setStatus(Task.TaskStatus.COMPLETED).setIntent(Task.TaskIntent.ORDER);
				task.setFor(r.patient()).setFocus(about).setAuthoredOnElement(Resources.date(stay.admitted()));
				task.setOwner(Resources.ref("PractitionerRole", staff.pick(IctRole.TRANSITION_COORDINATOR, draws)));
			}
			if (first && !scenario.misses("2E.3")) {
				transfer(r, "stay-" + n + "-icp-to-setting", stay.admitted().plusDays(draws.between(0, 1)), coordinator, stay.provider());
			}
			if (stay.destinationLocation() != null) {
				// One transfer to the facility serves both the hospital discharge and the facility admission.
				String facility = stay.destinationLocation().replace("syn-loc-snf-", "syn-org-snf-");
				transfer(r, "stay-" + n + "-icp-to-next", stay.discharged().plusDays(draws.between(0, 1)), coordinator, facility);
			}
			pointOfContact(r, n, stay, first, coordinator, beneficiary, scenario, draws);

			boolean lateFollowUp = isFinal && scenario.misses("2E.1");
			followUp(r, n, stay.discharged().plusDays(lateFollowUp ? draws.between(12, 20) : draws.between(1, 5)),
					isFinal ? "AMB" : "VR", staff, draws);
			if (!(isFinal && scenario.misses("2E.4"))) {
				Communication c = r.communication("stay-" + n + "-phi-access", PHI_ACCESS, stay.discharged().plusDays(draws.between(1, 5)),
						coordinator, "Your discharge summary and care plan are available in the member portal.");
				beneficiary.sendToBeneficiary(c, r, true);
				c.addAbout(about);
			}
			boolean educate = isFinal ? !scenario.misses("2E.5") : true;
			if (educate) {
				LocalDate on = isFinal ? stay.discharged().plusDays(draws.between(3, 20)) : stay.discharged().plusDays(draws.between(2, 6));
				Communication c = r.communication("stay-" + n + "-education", SELF_MANAGEMENT_EDUCATION, on, educator,
						"Reviewed the warning signs to watch for and the medicine plan after discharge.");
				beneficiary.sendToBeneficiary(c, r, true);
				c.addAbout(about);
			}
		}
	}

	private static Encounter stay(Resources r, String n, Timeline.Stay stay) {
		Encounter e = r.add(new Encounter(), "stay-" + n, "moc-transition-encounter");
		e.setStatus(Encounter.EncounterStatus.FINISHED);
		e.setClass_(new Coding(V3_ACT_CODE, stay.encounterClass(), stay.encounterClass().equals("IMP") ? "inpatient encounter" : "non-acute"));
		e.setSubject(r.patient());
		e.setPeriod(new Period().setStartElement(Resources.date(stay.admitted())).setEndElement(Resources.date(stay.discharged())));
		e.setServiceProvider(Resources.ref("Organization", stay.provider()));
		if (stay.destinationLocation() != null) {
			e.getHospitalization().setDestination(Resources.ref("Location", stay.destinationLocation()));
		}
		return e;
	}

	private static void transfer(Resources r, String id, LocalDate on, Reference sender, String organization) {
		Communication c = r.communication(id, ICP_TRANSFER, on, sender, "Individualized care plan of the member.");
		c.addRecipient(Resources.ref("Organization", organization));
		c.addAbout(r.carePlan());
	}

	/**
	 * Sent the day of (or after) admission. Drawn to miss 2E.6, the hospital stay gets none and a facility stay gets
	 * its notice only at its own discharge, away from the hospital's dates.
	 */
	private static void pointOfContact(Resources r, String n, Timeline.Stay stay, boolean first, Reference coordinator,
			Beneficiary beneficiary, Scenario scenario, Draws draws) {
		LocalDate on;
		if (!scenario.misses("2E.6")) {
			on = stay.admitted().plusDays(draws.between(0, 1));
		} else if (first) {
			return;
		} else {
			on = stay.discharged().plusDays(draws.between(0, 1));
		}
		Communication c = r.communication("stay-" + n + "-point-of-contact", POINT_OF_CONTACT_NOTICE, on, coordinator,
				"Your care coordinator during this stay is your plan coordinator; call us any time.");
		beneficiary.sendToBeneficiary(c, r, true);
		c.addAbout(coordinator);
	}

	private static void followUp(Resources r, String n, LocalDate on, String encounterClass, SyntheticStaff staff, Draws draws) {
		Encounter visit = r.add(new Encounter(), "stay-" + n + "-follow-up", null);
		visit.setStatus(Encounter.EncounterStatus.FINISHED);
		visit.setClass_(new Coding(V3_ACT_CODE, encounterClass, encounterClass.equals("AMB") ? "ambulatory" : "virtual"));
		visit.addType().setText("Post-discharge follow-up visit");
		visit.setSubject(r.patient());
		visit.setPeriod(new Period().setStartElement(Resources.date(on)).setEndElement(Resources.date(on)));
		visit.addParticipant().setIndividual(Resources.ref("PractitionerRole", staff.pick(IctRole.PRIMARY_CARE, draws)));
	}
}
