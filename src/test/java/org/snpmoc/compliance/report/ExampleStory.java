package org.snpmoc.compliance.report;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.conformance.ConformancePackage;

/** The IG's example beneficiary story, read from profiles/ into memory. */
final class ExampleStory {
	static final Set<String> CONFORMANCE_TYPES = Set.of("StructureDefinition", "CodeSystem", "ValueSet",
			"OperationDefinition", "SearchParameter", "Measure", "ImplementationGuide");

	private ExampleStory() {}

	/** Every example resource of profiles/ (not conformance resources), the HRA Questionnaire included. */
	static List<Resource> resources() {
		return ConformancePackage.load(FhirContext.forR4Cached(), ConformancePackage.DEFAULT_DIRECTORY).resources().stream()
				.map(Resource.class::cast)
				.filter(r -> !CONFORMANCE_TYPES.contains(r.fhirType()))
				.toList();
	}

	static PatientRecord record() {
		List<Resource> all = resources();
		Patient patient = all.stream().filter(Patient.class::isInstance).map(Patient.class::cast).findFirst().orElseThrow();
		List<Resource> others = all.stream().filter(r -> r != patient).toList();
		List<CarePlan> plans = others.stream().filter(CarePlan.class::isInstance).map(CarePlan.class::cast).toList();
		return new PatientRecord(patient, others, plans);
	}
}
