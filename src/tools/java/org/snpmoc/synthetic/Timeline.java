package org.snpmoc.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of one beneficiary's story, drawn backwards from the evaluation date so that every judged deadline
 * falls clearly inside the look-back year and every drawn miss is late by weeks, never by a day:
 * two or three yearly HRA cycles (the latest 120-300 days before asOf), each followed by an ICP revision,
 * optional mid-year revisions, ICT meetings every 3-4 months, and for some a hospital stay (possibly followed by
 * a skilled-nursing stay) after the latest HRA, with a reassessment and an ICP revision after discharge.
 */
final class Timeline {

	/** One stay; {@code destinationLocation} is set when the beneficiary went on to a skilled-nursing unit. */
	record Stay(String encounterClass, LocalDate admitted, LocalDate discharged, String provider, String destinationLocation) {}

	/** One ICP revision and the HRA (index into {@link #hras}) its supportingInfo cites. */
	record Revision(LocalDate date, int hra) {}

	final LocalDate enrolled;
	final LocalDate ictStart;
	/** Completed HRAs in date order; the post-discharge reassessment, if any, is last. */
	final List<LocalDate> hras = new ArrayList<>();
	/** Index of the yearly HRA that the drawn 2B misses concern. */
	final int latestCycle;
	final List<Stay> stays = new ArrayList<>();
	final List<Revision> revisions = new ArrayList<>();
	final List<LocalDate> meetings = new ArrayList<>();

	Timeline(Scenario scenario, LocalDate asOf, SyntheticStaff staff, Draws draws) {
		int cycles = draws.chance(0.5) ? 3 : 2;
		LocalDate[] cycle = new LocalDate[cycles];
		cycle[cycles - 1] = asOf.minusDays(scenario.transition() ? draws.between(150, 300) : draws.between(120, 300));
		for (int k = cycles - 2; k >= 0; k--) {
			boolean late = k == cycles - 2 && scenario.misses("2B.3");
			cycle[k] = cycle[k + 1].minusDays(late ? draws.between(400, 420) : draws.between(300, 340));
		}
		hras.addAll(List.of(cycle));
		latestCycle = cycles - 1;
		enrolled = cycle[0].plusDays(draws.between(-30, 15));
		ictStart = cycle[0].plusDays(draws.between(1, 4));

		for (int k = 0; k < cycles; k++) {
			LocalDate revised = cycle[k].plusDays(draws.between(4, 18));
			revisions.add(new Revision(revised, k));
			boolean lateGapFollows = k == cycles - 2 && scenario.misses("2B.3");
			if (k < cycles - 1) {
				// A mid-year review (after a late reassessment it also keeps the ICP's yearly review on time).
				revisions.add(new Revision(revised.plusDays(draws.between(150, 200)), k));
			}
		}
		LocalDate lastRevision = revisions.get(revisions.size() - 1).date();
		LocalDate mid = lastRevision.plusDays(draws.between(120, 180));
		LocalDate admitted = null;
		if (scenario.transition()) {
			int hospitalDays = draws.between(3, 9);
			int nursingDays = draws.between(7, 14);
			LocalDate latestAdmission = asOf.minusDays(90 + hospitalDays + (scenario.skilledNursing() ? nursingDays : 0));
			admitted = cycle[cycles - 1].plusDays(draws.between(20, (int) (latestAdmission.toEpochDay() - cycle[cycles - 1].toEpochDay())));
		}
		boolean midFits = !mid.isAfter(asOf.minusDays(20)) && (admitted == null || mid.isBefore(admitted.minusDays(5)));
		if (draws.chance(0.8) && midFits) {
			revisions.add(new Revision(mid, latestCycle));
		}
		if (admitted != null) {
			stays(scenario, admitted, staff, draws);
		}
		meetings(asOf, cycles == 2 ? 80 : 110, draws);
	}

	private void stays(Scenario scenario, LocalDate admitted, SyntheticStaff staff, Draws draws) {
		LocalDate discharged = admitted.plusDays(draws.between(3, 9));
		String unit = scenario.skilledNursing() ? staff.facility(draws) : null;
		stays.add(new Stay("IMP", admitted, discharged, staff.hospital(draws), unit));
		if (unit != null) {
			LocalDate leftFacility = discharged.plusDays(draws.between(7, 14));
			stays.add(new Stay("NONAC", discharged, leftFacility, unit.replace("syn-loc-snf-", "syn-org-snf-"), null));
			// The plan is updated for the facility stay, within days of the hospital discharge.
			revisions.add(new Revision(discharged.plusDays(draws.between(1, 4)), latestCycle));
		}
		LocalDate home = finalDischarge();
		boolean lateRevision = scenario.misses("2C.2");
		LocalDate reassessed = home.plusDays(lateRevision ? draws.between(10, 14) : draws.between(5, 12));
		hras.add(reassessed);
		// When 2C.2 is drawn missed the plan is revised 34-38 days after discharge: still within 30 days of the HRA.
		LocalDate revised = lateRevision ? home.plusDays(draws.between(34, 38)) : reassessed.plusDays(draws.between(2, 8));
		revisions.add(new Revision(revised, hras.size() - 1));
	}

	/** Meetings at most 200 days apart; longer records meet a little less often, to keep records of a similar size. */
	private void meetings(LocalDate asOf, int shortestGap, Draws draws) {
		LocalDate next = ictStart.plusDays(draws.between(60, 120));
		while (!next.isAfter(asOf.minusDays(5))) {
			meetings.add(next);
			next = next.plusDays(draws.between(shortestGap, shortestGap + 50));
		}
	}

	LocalDate finalDischarge() {
		return stays.get(stays.size() - 1).discharged();
	}

	Revision finalRevision() {
		return revisions.get(revisions.size() - 1);
	}

	LocalDate latestCycleHra() {
		return hras.get(latestCycle);
	}
}
