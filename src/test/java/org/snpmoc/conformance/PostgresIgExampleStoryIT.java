package org.snpmoc.conformance;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import org.snpmoc.support.PostgresServerTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The IG examples on a real PostgreSQL. */
class PostgresIgExampleStoryIT extends PostgresServerTest implements IgExampleStory {
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
