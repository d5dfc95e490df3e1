package org.snpmoc.synthetic;

import static org.snpmoc.contract.MocCodes.PHI_ACCESS;
import static org.snpmoc.contract.MocCodes.POINT_OF_CONTACT_NOTICE;
import static org.snpmoc.contract.MocCodes.SELF_MANAGEMENT_EDUCATION;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Reference;

/**
 * Routine contacts outside any stay: the welcome letter on portal access after enrollment, the coordinator's
 * introduction after each yearly HRA, and self-management education after the earlier HRAs. They are dated well
 * before the latest HRA, so they can never stand in for a step a later stay calls for.
 */
final class MemberContacts {
	private MemberContacts() {}

	/** Drawn to miss 2D.4, the latest introduction (inside the look-back year) is written in English only. */
	static void write(Resources r, Scenario scenario, Timeline timeline, Beneficiary beneficiary, Reference coordinator, Draws draws) {
		Communication welcome = r.communication("welcome-portal", PHI_ACCESS, timeline.enrolled.plusDays(draws.between(5, 20)),
				coordinator, "Welcome to the plan: you can see your health information in the member portal.");
		beneficiary.sendToBeneficiary(welcome, r, true);
		for (int k = 0; k <= timeline.latestCycle; k++) {
			LocalDate done = timeline.hras.get(k);
			Communication intro = r.communication("hra-" + (k + 1) + "-coordinator-intro", POINT_OF_CONTACT_NOTICE,
					done.plusDays(draws.between(1, 3)), coordinator, "Your care coordinator is here to help; call any time.");
			beneficiary.sendToBeneficiary(intro, r, !(k == timeline.latestCycle && scenario.misses("2D.4")));
			intro.addAbout(coordinator);
			if (k < timeline.latestCycle) {
				Communication education = r.communication("hra-" + (k + 1) + "-education", SELF_MANAGEMENT_EDUCATION,
						done.plusDays(draws.between(10, 25)), coordinator, "Reviewed your self-management goals and how to reach us.");
				beneficiary.sendToBeneficiary(education, r, true);
			}
		}
	}
}
