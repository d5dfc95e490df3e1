package org.snpmoc.server;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import org.snpmoc.support.PostgresServerTest;

/** The FHIR REST behaviour on a real PostgreSQL. */
class PostgresRestIT extends PostgresServerTest implements FhirRestBehaviour {
	@Override
	public IGenericClient fhir() {
		return client;
	}

	@Override
	public String fhirBase() {
		return baseUrl();
	}

	@Override
	public String serverRoot() {
		return rootUrl();
	}
}
