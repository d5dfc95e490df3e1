package org.snpmoc.compliance;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.SNP_ENROLLMENT;
import static org.snpmoc.contract.MocCodes.TRAINING_REMEDIATION;

import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Resource;
import org.snpmoc.compliance.factors.staff.StaffRoster;
import org.springframework.stereotype.Component;

/** Who the plan-level operations cover: the beneficiaries enrolled at asOf, and the plan's staff roster. */
@Component
public class PlanPopulation {
	private static final int PAGE = 2_000;

	private final FhirStore store;

	public PlanPopulation(FhirStore store) {
		this.store = store;
	}

	/**
	 * Ids of the Patients with an active snp-enrollment Coverage in force at asOf (started on or before it, not
	 * ended before it), sorted. Coverages are read a page at a time; only the ids are kept.
	 */
	public List<String> enrolledPatientIds(EvaluationContext context) {
		TreeSet<String> ids = new TreeSet<>();
		SearchParameterMap map = new SearchParameterMap()
				.add("type", new TokenParam(CS_ARTIFACT, SNP_ENROLLMENT))
				.add("status", new TokenParam("active"));
		store.forEachPage("Coverage", map, PAGE, page -> {
			for (Resource r : page) {
				Coverage coverage = (Coverage) r;
				String patient = PatientRecord.key(coverage.getBeneficiary());
				if (MocRules.inForce(coverage, context) && patient.startsWith("Patient/")) {
					ids.add(patient.substring("Patient/".length()));
				}
			}
		});
		return new ArrayList<>(ids);
	}

	/** The plan's staff: every PractitionerRole, Practitioner and Organization, and the training-remediation Tasks. */
	public StaffRoster staffRoster() {
		List<Resource> all = new ArrayList<>();
		all.addAll(store.search("PractitionerRole", new SearchParameterMap()));
		all.addAll(store.search("Practitioner", new SearchParameterMap()));
		all.addAll(store.search("Organization", new SearchParameterMap()));
		all.addAll(store.search("Task", new SearchParameterMap().add("code", new TokenParam(CS_ARTIFACT, TRAINING_REMEDIATION))));
		return StaffRoster.of(all);
	}
}
