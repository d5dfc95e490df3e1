package org.snpmoc.compliance;

import ca.uhn.fhir.context.FhirContext;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A resource as a {@link RecordReader} returns it, with the "Type/id" of the staff, organizations and locations it
 * references, so that the loader can read those without walking every resource again.
 */
record StoredResource(Resource resource, Set<String> references) {
	private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");

	/** The references found by walking the parsed resource. */
	static StoredResource of(FhirContext fhirContext, Resource resource) {
		Set<String> keys = new LinkedHashSet<>();
		fhirContext.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)
				.forEach(ref -> addIfReferenced(keys, ref));
		return new StoredResource(resource, keys);
	}

	/** The references found in the resource's stored JSON, which is cheaper than walking the parsed resource. */
	static StoredResource of(Resource resource, String json) {
		Set<String> keys = new LinkedHashSet<>();
		Matcher m = REFERENCE.matcher(json);
		while (m.find()) {
			addIfReferenced(keys, new Reference(m.group(1)));
		}
		return new StoredResource(resource, keys);
	}

	String key() {
		return PatientRecord.key(resource);
	}

	private static void addIfReferenced(Set<String> keys, Reference reference) {
		String key = PatientRecord.key(reference);
		if (!key.isEmpty() && RecordQueries.REFERENCED_TYPES.contains(key.substring(0, key.indexOf('/')))) {
			keys.add(key);
		}
	}
}
