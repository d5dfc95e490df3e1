package org.snpmoc.security;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRule;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilder;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleTester;
import ca.uhn.fhir.rest.server.interceptor.auth.RuleBuilder;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ValueSet;
import org.snpmoc.security.SmartScope.Action;
import org.snpmoc.security.SmartScope.Level;

/**
 * Turns a caller's SMART scopes into HAPI authorization rules. A patient-context caller reaches resources in their
 * patient's compartment, and the shared directory and terminology resources the record points at; staff and systems
 * reach the types their scopes name. Plan-level operations need a staff or system scope that reads Patient.
 */
public final class SmartAccessRules {
	/** Operations on one beneficiary that a patient-context caller may run on themselves. */
	static final List<String> PATIENT_OPERATIONS = List.of("$everything", "$moc-evaluate", "$moc-gaps");
	/**
	 * Of those, the ones whose answer is computed from the patient's own record and stored nowhere ($moc-gaps: work
	 * items as Tasks, which R4 leaves out of the Patient compartment): their answer needs no per-resource check.
	 */
	static final List<String> DERIVED_OPERATIONS = List.of("$moc-gaps");
	/** Plan-wide: every beneficiary. */
	static final List<String> PLAN_OPERATIONS = List.of("$moc-evaluate", "$moc-gaps");
	/** The status of an asynchronous plan evaluation (its summary covers the plan, like the kick-off). */
	static final String PLAN_EVALUATION_STATUS = "$moc-evaluate-status";
	/** Bulk Data export: kick-off (system, Patient, Group) and the status of a kicked-off export. */
	static final String EXPORT = "$export";
	static final String EXPORT_POLL_STATUS = "$export-poll-status";
	/** Terminology operations: they read code systems and value sets, nobody's health information. */
	static final List<String> TERMINOLOGY_OPERATIONS = List.of("$expand", "$validate-code", "$lookup", "$subsumes",
			"$translate");

	/** Not in a patient's compartment but what their record points at: people and places of care, forms, codes. */
	static final Set<String> SHARED_TYPES = Set.of("Practitioner", "PractitionerRole", "Organization", "Location",
			"HealthcareService", "Endpoint", "Medication", "Substance", "Questionnaire", "ValueSet", "CodeSystem",
			"ConceptMap", "NamingSystem", "StructureDefinition", "SearchParameter", "OperationDefinition",
			"CapabilityStatement", "Measure", "Library", "PlanDefinition", "ActivityDefinition");

	/**
	 * Never reached with a patient context although R4 puts some in the compartment: the plan's member lists name
	 * every member, a Subscription could watch other beneficiaries' data, the audit trail names staff and others.
	 */
	static final Set<String> DENIED_TO_PATIENT_CONTEXT = Set.of("Group", "Subscription", "AuditEvent");

	private final FhirContext fhir;
	private final Set<String> compartmentTypes;
	private final Set<String> allTypes;

	public SmartAccessRules(FhirContext fhir) {
		this.fhir = fhir;
		this.allTypes = new TreeSet<>(fhir.getResourceTypes());
		this.compartmentTypes = allTypes.stream()
				.filter(t -> !fhir.getResourceDefinition(t).getSearchParamsForCompartmentName("Patient").isEmpty()
						|| "Patient".equals(t))
				.collect(Collectors.toCollection(TreeSet::new));
	}

	/** The types a patient context may read at all: its compartment's and the shared ones, less the denied. */
	public Set<String> visibleToPatientContext() {
		Set<String> visible = new TreeSet<>(compartmentTypes);
		visible.addAll(SHARED_TYPES);
		visible.removeAll(DENIED_TO_PATIENT_CONTEXT);
		return visible;
	}

	public boolean inPatientCompartment(String type) {
		return compartmentTypes.contains(type);
	}

	public List<IAuthRule> rules(Caller caller) {
		IAuthRuleBuilder rules = new RuleBuilder();
		rules.allow("metadata").metadata().andThen();
		// The audit trail is written by the server alone.
		rules.deny("The audit trail is written by the server").write().resourcesOfType("AuditEvent").withAnyId().andThen();
		rules.deny("The audit trail is written by the server").delete().resourcesOfType("AuditEvent").withAnyId().andThen();
		if (caller.patientContext()) {
			patientRules(rules, caller);
		} else {
			staffRules(rules, caller);
		}
		for (String operation : TERMINOLOGY_OPERATIONS) {
			for (Class<? extends IBaseResource> type : List.of(ValueSet.class, CodeSystem.class, ConceptMap.class)) {
				rules.allow().operation().named(operation).onType(type).andAllowAllResponses().andThen();
				rules.allow().operation().named(operation).onInstancesOfType(type).andAllowAllResponses().andThen();
			}
		}
		// Validating a resource the caller sends (type level) shows nothing stored; on an instance it would.
		rules.allow().operation().named("$validate").onAnyType().andAllowAllResponses().andThen();
		rules.allow("transaction").transaction().withAnyOperation().andApplyNormalRules().andThen();
		rules.allow("patch").patch().allRequests().andThen();
		return rules.denyAll("No scope of this token grants this request").build();
	}

	private void patientRules(IAuthRuleBuilder rules, Caller caller) {
		for (String type : DENIED_TO_PATIENT_CONTEXT) {
			rules.deny("Not available to a patient-context token").read().resourcesOfType(type).withAnyId().andThen();
		}
		String patient = caller.patient();
		IdType patientId = patient == null ? null : new IdType("Patient", patient);
		for (String type : allTypes) {
			if (DENIED_TO_PATIENT_CONTEXT.contains(type)) {
				continue;
			}
			List<SmartScope> readers = caller.granting(type, Action.READ, Action.SEARCH);
			if (!readers.isEmpty()) {
				if (compartmentTypes.contains(type) && patientId != null) {
					if (readers.stream().anyMatch(s -> s.filter().isEmpty())) {
						rules.allow().read().resourcesOfType(type).inCompartment("Patient", patientId).andThen();
					} else {
						for (SmartScope scope : readers) {
							rules.allow().read().resourcesOfType(type)
									.inCompartmentWithFilter("Patient", patientId, query(scope)).andThen();
						}
					}
				} else if (SHARED_TYPES.contains(type)) {
					rules.allow().read().resourcesOfType(type).withAnyId().andThen();
				} else if ("Binary".equals(type) && patientId != null) {
					rules.allow().read().resourcesOfType(type).withAnyId().withTester(binaryOf(patientId)).andThen();
				}
			}
			if (patientId == null || !compartmentTypes.contains(type)) {
				continue;
			}
			if (!caller.granting(type, Action.CREATE, Action.UPDATE).isEmpty()) {
				rules.allow().write().resourcesOfType(type).inCompartment("Patient", patientId).andThen();
				rules.allow().createConditional().resourcesOfType(type).andThen();
				rules.allow().updateConditional().resourcesOfType(type).andThen();
			}
			if (!caller.granting(type, Action.DELETE).isEmpty()) {
				rules.allow().delete().resourcesOfType(type).inCompartment("Patient", patientId).andThen();
			}
		}
		if (patientId != null && !caller.granting("Patient", Action.READ).isEmpty()) {
			for (String operation : PATIENT_OPERATIONS) {
				if (DERIVED_OPERATIONS.contains(operation)) {
					rules.allow().operation().named(operation).onInstance(patientId).andAllowAllResponses().andThen();
				} else {
					rules.allow().operation().named(operation).onInstance(patientId).andRequireExplicitResponseAuthorization()
							.andThen();
				}
			}
		}
	}

	private void staffRules(IAuthRuleBuilder rules, Caller caller) {
		for (String type : allTypes) {
			List<SmartScope> readers = caller.granting(type, Action.READ, Action.SEARCH);
			if (!readers.isEmpty()) {
				if (readers.stream().anyMatch(s -> s.filter().isEmpty())) {
					rules.allow().read().resourcesOfType(type).withAnyId().andThen();
				} else {
					for (SmartScope scope : readers) {
						rules.allow().read().resourcesOfType(type).withFilter(query(scope)).andThen();
					}
				}
			}
			if (!caller.granting(type, Action.CREATE, Action.UPDATE).isEmpty()) {
				rules.allow().write().resourcesOfType(type).withAnyId().andThen();
				rules.allow().createConditional().resourcesOfType(type).andThen();
				rules.allow().updateConditional().resourcesOfType(type).andThen();
			}
			if (!caller.granting(type, Action.DELETE).isEmpty()) {
				rules.allow().delete().resourcesOfType(type).withAnyId().andThen();
				rules.allow().deleteConditional().resourcesOfType(type).andThen();
			}
		}
		if (caller.readsThePlan()) {
			rules.allow().operation().named("$everything").onInstancesOfType(Patient.class).andAllowAllResponses().andThen();
			for (String operation : PLAN_OPERATIONS) {
				rules.allow().operation().named(operation).onInstancesOfType(Patient.class).andAllowAllResponses().andThen();
				rules.allow().operation().named(operation).onServer().andAllowAllResponses().andThen();
			}
			rules.allow().operation().named(PLAN_EVALUATION_STATUS).onServer().andAllowAllResponses().andThen();
		}
		List<String> exportable = exportableTypes(caller);
		if (!exportable.isEmpty()) {
			// First: at the kick-off's STORAGE_INITIATE_BULK_EXPORT check HAPI applies the first rule with a verdict,
			// and the operation rules below would allow every type.
			rules.allow("bulk export").bulkExport().any().withResourceTypes(exportable).andThen();
			rules.allow().operation().named(EXPORT).onServer().andAllowAllResponses().andThen();
			rules.allow().operation().named(EXPORT).onType(Patient.class).andAllowAllResponses().andThen();
			rules.allow().operation().named(EXPORT).onInstancesOfType(Patient.class).andAllowAllResponses().andThen();
			rules.allow().operation().named(EXPORT).onInstancesOfType(Group.class).andAllowAllResponses().andThen();
			rules.allow().operation().named(EXPORT_POLL_STATUS).onServer().andAllowAllResponses().andThen();
		}
	}

	/**
	 * The types a caller may bulk-export: none with a patient context; otherwise, when a staff or system scope reads
	 * and searches every type ({@code system/*.rs}, {@code user/*.cruds}, …), the types its scopes read and search
	 * without a filter. The audit trail is among them only with a scope naming it. Export files are Binary resources
	 * outside any patient's compartment, so the same wildcard scope reads them.
	 */
	public List<String> exportableTypes(Caller caller) {
		if (caller.patientContext()) {
			return List.of();
		}
		boolean everything = caller.scopes().clinical().stream()
				.anyMatch(s -> s.level() != Level.PATIENT && s.wildcard() && s.filter().isEmpty()
						&& s.actions().contains(Action.READ) && s.actions().contains(Action.SEARCH));
		if (!everything) {
			return List.of();
		}
		return allTypes.stream()
				.filter(type -> caller.granting(type, Action.READ).stream().anyMatch(s -> s.filter().isEmpty())
						&& caller.granting(type, Action.SEARCH).stream().anyMatch(s -> s.filter().isEmpty()))
				.toList();
	}

	private static String query(SmartScope scope) {
		return scope.filter().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining("&"));
	}

	/** A Binary is the patient's when its security context is the Patient itself. */
	private static IAuthRuleTester binaryOf(IdType patientId) {
		return new IAuthRuleTester() {
			@Override
			public boolean matches(RuleTestRequest request) {
				return request.resource == null || ownBinary(request.resource, patientId);
			}

			@Override
			public boolean matchesOutput(RuleTestRequest request) {
				return request.resource == null || ownBinary(request.resource, patientId);
			}
		};
	}

	private static boolean ownBinary(IBaseResource resource, IdType patientId) {
		return resource instanceof Binary binary && binary.hasSecurityContext()
				&& patientId.toUnqualifiedVersionless().getValue()
						.equals(binary.getSecurityContext().getReferenceElement().toUnqualifiedVersionless().getValue());
	}

	FhirContext fhir() {
		return fhir;
	}

	RuntimeResourceDefinition definition(String type) {
		return fhir.getResourceDefinition(type);
	}
}
