package org.snpmoc.server;

import org.snpmoc.support.H2ServerTest;

/** The concurrency races on the embedded default database. */
class H2ConcurrencyIT extends H2ServerTest implements ConcurrencyBehaviour {
	@Override
	public String fhirBase() {
		return baseUrl();
	}

	@Override
	public String database() {
		return "h2";
	}
}
