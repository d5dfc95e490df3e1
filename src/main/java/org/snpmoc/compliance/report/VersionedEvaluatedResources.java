package org.snpmoc.compliance.report;

import ca.uhn.fhir.context.FhirContext;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Lets MeasureReport.evaluatedResource keep the version of a reference when the server writes it (HAPI strips
 * versions from references by default), so a report names the ICP versions it read.
 */
@Component
class VersionedEvaluatedResources {

	VersionedEvaluatedResources(FhirContext fhirContext) {
		Set<String> paths = new HashSet<>(fhirContext.getParserOptions().getDontStripVersionsFromReferencesAtPaths());
		paths.add("MeasureReport.evaluatedResource");
		fhirContext.getParserOptions().setDontStripVersionsFromReferencesAtPaths(paths);
	}
}
