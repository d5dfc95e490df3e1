package org.snpmoc.conformance;

import ca.uhn.fhir.context.FhirContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseReference;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Orders resources so that each comes after the resources it references: the server enforces referential integrity
 * on write, so the examples must be written organizations first, care plans and communications last.
 */
public final class DependencyOrder {
	private DependencyOrder() {}

	/** References to resources outside the list are ignored; a cycle keeps the given order for its members. */
	public static List<IBaseResource> sort(FhirContext fhirContext, List<IBaseResource> resources) {
		Map<String, IBaseResource> byId = new LinkedHashMap<>();
		resources.forEach(r -> byId.put(key(r), r));
		List<IBaseResource> ordered = new ArrayList<>();
		Set<String> done = new HashSet<>();
		Set<String> visiting = new HashSet<>();
		for (String id : byId.keySet()) {
			visit(fhirContext, id, byId, done, visiting, ordered);
		}
		return ordered;
	}

	private static void visit(FhirContext fhirContext, String id, Map<String, IBaseResource> byId, Set<String> done,
			Set<String> visiting, List<IBaseResource> ordered) {
		if (done.contains(id) || !visiting.add(id)) {
			return;
		}
		IBaseResource resource = byId.get(id);
		for (IBaseReference reference : fhirContext.newTerser().getAllPopulatedChildElementsOfType(resource, IBaseReference.class)) {
			String target = reference.getReferenceElement().toUnqualifiedVersionless().getValue();
			if (target != null && byId.containsKey(target)) {
				visit(fhirContext, target, byId, done, visiting, ordered);
			}
		}
		visiting.remove(id);
		done.add(id);
		ordered.add(resource);
	}

	private static String key(IBaseResource resource) {
		return resource.fhirType() + "/" + resource.getIdElement().getIdPart();
	}
}
