package org.snpmoc.hl7v2;

import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Resource;
import org.snpmoc.compliance.FhirStore;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.contract.MocCodes;

/**
 * The member a message is about. Each PID-3 repetition whose identifier system is one of
 * {@code moc.hl7v2.member-id-systems} is looked up as a Patient identifier (system|value) and as the subscriber id of
 * an SNP enrollment Coverage; exactly one Patient must answer.
 */
final class MemberMatch {
	private final FhirStore store;
	private final Hl7v2Properties properties;

	MemberMatch(FhirStore store, Hl7v2Properties properties) {
		this.store = store;
		this.properties = properties;
	}

	/** The Patient reference ("Patient/123"). */
	String patient(List<AdtMessage.PatientId> ids) throws AdtRejection {
		Set<String> patients = new LinkedHashSet<>();
		boolean counted = false;
		for (AdtMessage.PatientId id : ids) {
			String system = system(id, properties);
			if (system == null || !properties.memberIdSystems().contains(system)) {
				continue;
			}
			counted = true;
			SearchParameterMap byIdentifier = SearchParameterMap.newSynchronous("identifier", new TokenParam(system, id.value()));
			for (Resource patient : store.search("Patient", byIdentifier)) {
				patients.add("Patient/" + patient.getIdElement().getIdPart());
			}
			SearchParameterMap bySubscriber = SearchParameterMap.newSynchronous("subscriber-id", new TokenParam(null, id.value()))
					.add("type", new TokenParam(MocCodes.CS_ARTIFACT, MocCodes.SNP_ENROLLMENT));
			for (Resource found : store.search("Coverage", bySubscriber)) {
				Coverage coverage = (Coverage) found;
				if (MocRules.isEnrollment(coverage) && coverage.getBeneficiary().getReferenceElement().hasIdPart()) {
					patients.add("Patient/" + coverage.getBeneficiary().getReferenceElement().getIdPart());
				}
			}
		}
		if (!counted) {
			throw AdtRejection.error("204", "unknown member: no PID-3 identifier is of a system that identifies members ("
					+ String.join(", ", properties.memberIdSystems()) + ")");
		}
		if (patients.isEmpty()) {
			throw AdtRejection.error("204", "unknown member: no Patient or SNP enrollment has the PID-3 identifier");
		}
		if (patients.size() > 1) {
			throw AdtRejection.error("205", "ambiguous member: the PID-3 identifiers match " + patients.size() + " Patients");
		}
		return patients.iterator().next();
	}

	/**
	 * The FHIR identifier system of a PID-3 repetition: an ISO universal id (CX.4.2/CX.4.3) as {@code urn:oid:…}, a
	 * URI universal id as it is, else the namespace (CX.4.1) through {@code moc.hl7v2.assigning-authorities}.
	 */
	static String system(AdtMessage.PatientId id, Hl7v2Properties properties) {
		if (!id.universalId().isBlank() && "ISO".equalsIgnoreCase(id.universalIdType())) {
			return "urn:oid:" + id.universalId();
		}
		if (!id.universalId().isBlank() && ("URI".equalsIgnoreCase(id.universalIdType()) || "URL".equalsIgnoreCase(id.universalIdType()))) {
			return id.universalId();
		}
		// Property keys may arrive in another case (relaxed binding): namespaces are compared ignoring case.
		return properties.assigningAuthorities().entrySet().stream()
				.filter(e -> !id.namespace().isBlank() && e.getKey().equalsIgnoreCase(id.namespace()))
				.map(java.util.Map.Entry::getValue).findFirst().orElse(null);
	}
}
