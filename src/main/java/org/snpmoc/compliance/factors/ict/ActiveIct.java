package org.snpmoc.compliance.factors.ict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CareTeam;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.ClinicalDates;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;

/**
 * The beneficiary's ICT at asOf, and the outcome of a team check when there is none yet: pending until the
 * team is due (HRA to ICT days after the first HRA, or after the initial HRA deadline when no HRA was done),
 * then not met; not applicable without an SNP enrollment.
 */
final class ActiveIct {
	private final int initialHraDays;
	private final int hraToIctDays;

	ActiveIct(int initialHraDays, int hraToIctDays) {
		this.initialHraDays = initialHraDays;
		this.hraToIctDays = hraToIctDays;
	}

	/** The active ICT at asOf; the one started last when there are several. */
	static Optional<CareTeam> of(CareRecord care) {
		var zone = care.context().zone();
		return care.activeIcts().stream()
				.max(Comparator.comparing(ct -> ClinicalDates.start(ct.getPeriod(), zone),
						Comparator.nullsFirst(Comparator.naturalOrder())));
	}

	/** The beneficiary's first ICT (any status but entered-in-error) started on or before asOf: it starts the meeting clock. */
	static Optional<CareTeam> earliest(CareRecord care) {
		var zone = care.context().zone();
		return care.icts().stream()
				.filter(ct -> ct.getStatus() != CareTeam.CareTeamStatus.ENTEREDINERROR)
				.filter(ct -> care.context().known(ClinicalDates.start(ct.getPeriod(), zone)))
				.min(Comparator.comparing(ct -> ClinicalDates.start(ct.getPeriod(), zone)));
	}

	static LocalDate start(CareTeam ict, CareRecord care) {
		return ClinicalDates.start(ict.getPeriod(), care.context().zone());
	}

	FactorResult missing(String factor, CareRecord care) {
		LocalDate asOf = care.context().asOf();
		var enrollment = care.enrollment();
		if (enrollment.isEmpty()) {
			return FactorResult.of(factor, Outcome.NOT_APPLICABLE,
					"no active SNP enrollment (Coverage type snp-enrollment) at " + asOf + " and no active ICT", List.of());
		}
		List<String> evidence = new ArrayList<>(List.of(PatientRecord.key(enrollment.get())));
		// HRAs of an earlier enrollment do not start this enrollment's ICT clock.
		LocalDate windowOpens = care.enrollmentDate().orElseThrow().minusDays(initialHraDays);
		var hras = care.completedHras().stream().filter(h -> !care.hraDate(h).isBefore(windowOpens)).toList();
		LocalDate due;
		String basis;
		if (hras.isEmpty()) {
			LocalDate enrolled = care.enrollmentDate().orElseThrow();
			due = enrolled.plusDays(initialHraDays + hraToIctDays);
			basis = hraToIctDays + " days after the initial HRA deadline (enrollment " + enrolled + " + " + initialHraDays + " days)";
		} else {
			LocalDate firstHra = care.hraDate(hras.get(0));
			evidence.add(PatientRecord.key(hras.get(0)));
			due = firstHra.plusDays(hraToIctDays);
			basis = hraToIctDays + " days after the first HRA on " + firstHra;
		}
		if (due.isAfter(asOf)) {
			return FactorResult.of(factor, Outcome.PENDING, "an active ICT is due by " + due + " (" + basis + ")", evidence);
		}
		return FactorResult.of(factor, Outcome.NOT_MET, "no active ICT (due " + due + ", " + basis + ")", evidence);
	}
}
