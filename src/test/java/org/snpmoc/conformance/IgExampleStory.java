package org.snpmoc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.snpmoc.support.IgExamples;

/**
 * The IG's examples (the beneficiary's whole story, the staff roster, the organizations) are accepted by the
 * validating server and come back as they were sent. Implemented once per database.
 */
interface IgExampleStory {

	IGenericClient fhir();

	ConformancePackage igPackage();

	static List<IBaseResource> examples(ConformancePackage igPackage) {
		return IgExamples.examples(igPackage);
	}

	static Bundle examplesTransaction(ConformancePackage igPackage) {
		return IgExamples.transaction(igPackage);
	}

	@Test
	default void everyExampleIsAcceptedAndReadBackUnchanged() {
		List<IBaseResource> examples = examples(igPackage());
		Bundle response = fhir().transaction().withBundle(examplesTransaction(igPackage())).execute();

		assertThat(response.getEntry()).hasSize(examples.size());
		assertThat(response.getEntry()).allSatisfy(entry ->
				assertThat(entry.getResponse().getStatus()).as(entry.getResponse().getLocation()).matches("20[01] .*"));
		for (IBaseResource example : examples) {
			IBaseResource stored = fhir().read().resource(example.fhirType())
					.withId(example.getIdElement().getIdPart()).execute();
			assertThat(ConformanceLoader.sameContent(stored, example))
					.as("%s/%s read back unchanged", example.fhirType(), example.getIdElement().getIdPart())
					.isTrue();
		}
	}
}
