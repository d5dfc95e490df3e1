package org.snpmoc.compliance.factors.icp;

import java.time.LocalDate;
import java.util.List;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.Windows;

/**
 * What a factor about the current ICP reports when no ICP is active at asOf: pending before the first ICP's
 * deadline, not met after it, not applicable without an SNP enrollment.
 */
final class MissingIcp {
	private MissingIcp() {}

	static FactorResult result(String factor, CareRecord care, FirstIcpDeadline firstIcp) {
		LocalDate asOf = care.context().asOf();
		var enrollment = care.enrollment();
		if (enrollment.isEmpty()) {
			return FactorResult.of(factor, Outcome.NOT_APPLICABLE, "no active ICP and no active SNP enrollment "
					+ "(Coverage type snp-enrollment) at " + asOf, List.of());
		}
		List<String> evidence = List.of(PatientRecord.key(enrollment.get()));
		LocalDate enrolled = care.enrollmentDate().orElseThrow();
		LocalDate due = firstIcp.due(care).orElseThrow();
		if (due.isAfter(asOf)) {
			Window firstPlan = Window.unsatisfied(factor, "the first ICP", firstIcp.opens(enrolled), due, evidence);
			return Windows.combine(factor, List.of(firstPlan), care.context(), "");
		}
		Window activePlan = Window.stateOnDate(factor, "active ICP", asOf, false, evidence);
		return new FactorResult(factor, Outcome.NOT_MET, "no active ICP at " + asOf + "; the first was due " + due,
				evidence, List.of(activePlan));
	}
}
