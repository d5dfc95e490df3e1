package org.snpmoc.compliance.factors.staff;

import static org.snpmoc.contract.MocCodes.CS_ICT_ROLE;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.snpmoc.compliance.ClinicalDates;
import org.snpmoc.compliance.Codes;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.PatientRecord;

/**
 * The plan's staff as 2A reads it: every PractitionerRole, Practitioner and Organization, and the
 * training-remediation Tasks. A role is active at asOf when it is not marked inactive and its period covers asOf.
 */
public final class StaffRoster {
	private final List<PractitionerRole> roles;
	private final List<Task> tasks;
	private final Map<String, Practitioner> practitioners;
	private final Map<String, Organization> organizations;

	public StaffRoster(List<PractitionerRole> roles, List<Practitioner> practitioners, List<Organization> organizations,
			List<Task> tasks) {
		this.roles = List.copyOf(roles);
		this.tasks = List.copyOf(tasks);
		this.practitioners = byKey(practitioners);
		this.organizations = byKey(organizations);
	}

	/** Sorts loaded resources into a roster; resources of other types are ignored. */
	public static StaffRoster of(Collection<? extends Resource> resources) {
		return new StaffRoster(ofType(resources, PractitionerRole.class), ofType(resources, Practitioner.class),
				ofType(resources, Organization.class), ofType(resources, Task.class));
	}

	private static <T extends Resource> List<T> ofType(Collection<? extends Resource> resources, Class<T> type) {
		return resources.stream().filter(type::isInstance).map(type::cast).toList();
	}

	public List<PractitionerRole> roles() {
		return roles;
	}

	public List<Task> tasks() {
		return tasks;
	}

	public List<PractitionerRole> activeRoles(EvaluationContext context) {
		return roles.stream().filter(r -> isActive(r, context)).toList();
	}

	public List<PractitionerRole> activeRoles(String function, EvaluationContext context) {
		return activeRoles(context).stream().filter(r -> function.equals(function(r))).toList();
	}

	/** Every role (active or not) held by the staff member with this key. */
	public List<PractitionerRole> rolesOf(String practitionerKey) {
		return roles.stream().filter(r -> practitionerKey.equals(PatientRecord.key(r.getPractitioner()))).toList();
	}

	public Optional<Practitioner> practitioner(Reference reference) {
		return Optional.ofNullable(practitioners.get(PatientRecord.key(reference)));
	}

	public Optional<Organization> organization(Reference reference) {
		return Optional.ofNullable(organizations.get(PatientRecord.key(reference)));
	}

	public static boolean isActive(PractitionerRole role, EvaluationContext context) {
		if (role.hasActive() && !role.getActive()) {
			return false;
		}
		LocalDate start = ClinicalDates.start(role.getPeriod(), context.zone());
		LocalDate end = ClinicalDates.end(role.getPeriod(), context.zone());
		return context.known(start) && (end == null || !end.isBefore(context.asOf()));
	}

	/** The role's function: its ict-role code, or null. */
	public static String function(PractitionerRole role) {
		return role.getCode().stream()
				.map(c -> Codes.codeIn(c, CS_ICT_ROLE))
				.filter(code -> code != null)
				.findFirst()
				.orElse(null);
	}

	private static <T extends Resource> Map<String, T> byKey(List<T> resources) {
		return resources.stream().collect(Collectors.toMap(PatientRecord::key, Function.identity(), (a, b) -> a));
	}
}
