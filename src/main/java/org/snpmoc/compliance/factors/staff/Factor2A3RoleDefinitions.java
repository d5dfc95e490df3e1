package org.snpmoc.compliance.factors.staff;

import static org.snpmoc.contract.MocCodes.EXT_STAFF_RESPONSIBILITY;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.StringType;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;

/**
 * 2A.3: every active PractitionerRole names a job title (an ict-role code) and a responsibility (specialty or
 * the staff-responsibility extension), and belongs to an Organization whose partOf chain reaches a root
 * Organization of the plan without a missing link or a cycle.
 */
public final class Factor2A3RoleDefinitions implements StaffFactorEvaluator {

	@Override
	public String factor() {
		return "2A.3";
	}

	@Override
	public StaffFactorResult evaluate(StaffRoster roster, EvaluationContext context) {
		List<PractitionerRole> active = roster.activeRoles(context);
		if (active.isEmpty()) {
			return new StaffFactorResult(FactorResult.of(factor(), Outcome.NOT_APPLICABLE,
					"no active PractitionerRole at " + context.asOf(), List.of()), 0, 0);
		}
		List<String> evidence = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (PractitionerRole role : active) {
			evidence.add(PatientRecord.key(role));
			List<String> missing = new ArrayList<>();
			if (StaffRoster.function(role) == null) {
				missing.add("no job title (ict-role code)");
			}
			if (!hasResponsibility(role)) {
				missing.add("no responsibility (specialty or staff-responsibility)");
			}
			chartProblem(role, roster).ifPresent(missing::add);
			if (!missing.isEmpty()) {
				problems.add(PatientRecord.key(role) + ": " + String.join(", ", missing));
			}
		}
		int passing = active.size() - problems.size();
		FactorResult result = problems.isEmpty()
				? FactorResult.of(factor(), Outcome.MET, "every active PractitionerRole has a job title, a responsibility"
						+ " and a place in the plan's organization chart", evidence)
				: FactorResult.of(factor(), Outcome.NOT_MET, String.join("; ", problems), evidence);
		return new StaffFactorResult(result, active.size(), passing);
	}

	private static boolean hasResponsibility(PractitionerRole role) {
		if (role.getSpecialty().stream().anyMatch(s -> !s.isEmpty())) {
			return true;
		}
		return role.getExtensionsByUrl(EXT_STAFF_RESPONSIBILITY).stream()
				.map(e -> e.getValue())
				.anyMatch(v -> v != null && !v.isEmpty() && !(v instanceof StringType s && s.getValue().isBlank()));
	}

	/** Why the role's organization is outside the chart, or empty when its partOf chain reaches a root. */
	private static Optional<String> chartProblem(PractitionerRole role, StaffRoster roster) {
		if (!role.hasOrganization()) {
			return Optional.of("no organization");
		}
		Optional<Organization> org = roster.organization(role.getOrganization());
		if (org.isEmpty()) {
			return Optional.of("organization " + PatientRecord.key(role.getOrganization()) + " is not one of the plan's");
		}
		Set<String> seen = new HashSet<>();
		Organization current = org.get();
		while (current.hasPartOf()) {
			if (!seen.add(PatientRecord.key(current))) {
				return Optional.of("the organization chart loops at " + PatientRecord.key(current));
			}
			Optional<Organization> parent = roster.organization(current.getPartOf());
			if (parent.isEmpty()) {
				return Optional.of("the organization chart breaks at " + PatientRecord.key(current)
						+ " (partOf " + PatientRecord.key(current.getPartOf()) + " not found)");
			}
			current = parent.get();
		}
		return Optional.empty();
	}
}
