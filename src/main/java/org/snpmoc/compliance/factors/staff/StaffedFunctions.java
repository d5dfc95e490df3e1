package org.snpmoc.compliance.factors.staff;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.contract.IctRole;

/** 2A.1 and 2A.2: each function of a list is held by at least one active PractitionerRole. */
final class StaffedFunctions {
	static final List<IctRole> ADMINISTRATIVE =
			List.of(IctRole.ENROLLMENT_STAFF, IctRole.CLAIMS_STAFF, IctRole.ADMINISTRATIVE_OVERSIGHT);
	static final List<IctRole> CLINICAL = List.of(IctRole.DIRECT_CARE_EDUCATOR, IctRole.CARE_COORDINATOR,
			IctRole.PHARMACIST, IctRole.BEHAVIORAL_HEALTH, IctRole.CLINICAL_OVERSIGHT);

	private StaffedFunctions() {}

	static StaffFactorResult evaluate(String factor, String kind, List<IctRole> functions, StaffRoster roster,
			EvaluationContext context) {
		List<String> evidence = new ArrayList<>();
		List<String> unstaffed = new ArrayList<>();
		for (IctRole function : functions) {
			List<PractitionerRole> holders = roster.activeRoles(function.code(), context);
			holders.forEach(r -> evidence.add(PatientRecord.key(r)));
			if (holders.isEmpty()) {
				unstaffed.add(function.code());
			}
		}
		int staffed = functions.size() - unstaffed.size();
		FactorResult result = unstaffed.isEmpty()
				? FactorResult.of(factor, Outcome.MET, "every " + kind + " function has an active PractitionerRole at "
						+ context.asOf(), evidence)
				: FactorResult.of(factor, Outcome.NOT_MET, "no active PractitionerRole at " + context.asOf() + " for the "
						+ kind + " function(s) " + String.join(", ", unstaffed), evidence);
		return new StaffFactorResult(result, functions.size(), staffed);
	}
}
