package org.snpmoc.compliance.factors.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.contract.IctRole;

/** 2A.4: every function of 2A.1 and 2A.2 is held by at least two different staff members in active roles. */
public final class Factor2A4Contingency implements StaffFactorEvaluator {
	private static final int MINIMUM = 2;

	@Override
	public String factor() {
		return "2A.4";
	}

	@Override
	public StaffFactorResult evaluate(StaffRoster roster, EvaluationContext context) {
		List<IctRole> functions = Stream.concat(StaffedFunctions.ADMINISTRATIVE.stream(), StaffedFunctions.CLINICAL.stream())
				.toList();
		List<String> evidence = new ArrayList<>();
		List<String> uncovered = new ArrayList<>();
		for (IctRole function : functions) {
			List<PractitionerRole> holders = roster.activeRoles(function.code(), context);
			holders.forEach(r -> evidence.add(PatientRecord.key(r)));
			Set<String> staff = holders.stream()
					.map(r -> PatientRecord.key(r.getPractitioner()))
					.filter(k -> !k.isEmpty())
					.collect(Collectors.toSet());
			if (staff.size() < MINIMUM) {
				uncovered.add(function.code() + " (" + staff.size() + " staff)");
			}
		}
		int covered = functions.size() - uncovered.size();
		FactorResult result = uncovered.isEmpty()
				? FactorResult.of(factor(), Outcome.MET, "every critical function is held by at least two staff members at "
						+ context.asOf(), evidence)
				: FactorResult.of(factor(), Outcome.NOT_MET, "no designated backup at " + context.asOf() + " for "
						+ String.join(", ", uncovered), evidence);
		return new StaffFactorResult(result, functions.size(), covered);
	}
}
