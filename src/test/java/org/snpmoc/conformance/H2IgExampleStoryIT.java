package org.snpmoc.conformance;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import org.snpmoc.support.H2ServerTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The IG examples on the embedded default database. */
class H2IgExampleStoryIT extends H2ServerTest implements IgExampleStory {
	@Autowired
	ConformancePackage igPackage;

	@Override
	public IGenericClient fhir() {
		return client;
	}

	@Override
	public ConformancePackage igPackage() {
		return igPackage;
	}
}
