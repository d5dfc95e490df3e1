package org.snpmoc.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A HAPI generic client talking real HTTP to the server under test. */
public abstract class FhirClientSupport {
	protected static final FhirContext FHIR = FhirContext.forR4Cached();

	@LocalServerPort
	protected int port;

	protected IGenericClient client;

	@BeforeEach
	void connect() {
		FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
		FHIR.getRestfulClientFactory().setSocketTimeout(120_000);
		client = FHIR.newRestfulGenericClient(baseUrl());
	}

	protected String baseUrl() {
		return "http://localhost:" + port + "/fhir";
	}

	protected String rootUrl() {
		return "http://localhost:" + port;
	}
}
