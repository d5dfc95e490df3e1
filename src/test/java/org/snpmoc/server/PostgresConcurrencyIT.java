package org.snpmoc.server;

import org.snpmoc.support.PostgresServerTest;

/** The concurrency races on PostgreSQL. */
class PostgresConcurrencyIT extends PostgresServerTest implements ConcurrencyBehaviour {
	@Override
	public String fhirBase() {
		return baseUrl();
	}

	@Override
	public String database() {
		return "postgres";
	}
}
