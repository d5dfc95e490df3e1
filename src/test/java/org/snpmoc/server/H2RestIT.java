package org.snpmoc.server;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import org.snpmoc.support.H2ServerTest;

/** The FHIR REST behaviour on the embedded default database. */
class H2RestIT extends H2ServerTest implements FhirRestBehaviour {
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
