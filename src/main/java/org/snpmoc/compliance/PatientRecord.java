package org.snpmoc.compliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Everything the factor checks read for one beneficiary, loaded up front in a few bulk queries: the current
 * version of each resource in the record (plus the staff, organizations and locations it references) and every
 * stored version of each CarePlan, since ICP revisions are CarePlan versions.
 */
public final class PatientRecord {
	private final Patient patient;
	private final Map<String, Resource> byKey = new LinkedHashMap<>();
	private final List<CarePlan> carePlanVersions;

	public PatientRecord(Patient patient, Collection<? extends Resource> resources, Collection<CarePlan> carePlanVersions) {
		this.patient = patient;
		byKey.put(key(patient), patient);
		resources.forEach(r -> byKey.put(key(r), r));
		this.carePlanVersions = List.copyOf(carePlanVersions);
	}

	public Patient patient() {
		return patient;
	}

	public String patientKey() {
		return key(patient);
	}

	/** Current versions of every resource of the given type in the record. */
	public <T extends Resource> List<T> all(Class<T> type) {
		List<T> matches = new ArrayList<>();
		for (Resource r : byKey.values()) {
			if (type.isInstance(r)) {
				matches.add(type.cast(r));
			}
		}
		return matches;
	}

	/**
	 * Every stored version of every CarePlan in the record (each with its version in its id). When the loader
	 * knows no history, the current versions stand alone.
	 */
	public List<CarePlan> carePlanVersions() {
		return carePlanVersions.isEmpty() ? all(CarePlan.class) : carePlanVersions;
	}

	public Optional<Resource> resolve(Reference reference) {
		if (reference == null || reference.getReferenceElement().isEmpty()) {
			return Optional.empty();
		}
		if (reference.getResource() instanceof Resource inline) {
			return Optional.of(inline);
		}
		var id = reference.getReferenceElement();
		if (!id.hasResourceType() || !id.hasIdPart()) {
			return Optional.empty();
		}
		return Optional.ofNullable(byKey.get(id.getResourceType() + "/" + id.getIdPart()));
	}

	public <T extends Resource> Optional<T> resolve(Reference reference, Class<T> type) {
		return resolve(reference).filter(type::isInstance).map(type::cast);
	}

	/** "Type/id", the key of a resource and the form evidence is reported in. */
	public static String key(Resource resource) {
		return resource.fhirType() + "/" + resource.getIdElement().getIdPart();
	}

	/** "Type/id" of a reference, without base URL or version; empty when the reference is not literal. */
	public static String key(Reference reference) {
		if (reference == null) {
			return "";
		}
		var id = reference.getReferenceElement();
		if (!id.hasResourceType() || !id.hasIdPart()) {
			return "";
		}
		return id.getResourceType() + "/" + id.getIdPart();
	}

	/** "CarePlan/id/_history/n" for a stored version, "CarePlan/id" otherwise. */
	public static String versionKey(Resource resource) {
		var id = resource.getIdElement();
		return id.hasVersionIdPart() ? key(resource) + "/_history/" + id.getVersionIdPart() : key(resource);
	}
}
