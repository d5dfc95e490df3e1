package org.snpmoc.conformance;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;

/**
 * Writes the server makes of resources it has built itself, which write validation skips: the IG package (checked
 * by the IG build), the RiskAssessment of a scored HRA (built from a validated response; its tests validate it
 * against the profile), and the admission notice messages and transition-of-care documents the server sends (built
 * from stored resources; their tests validate them against their profiles). Everything clients send, and every other write of the server, is validated.
 */
public final class TrustedWrites {
	private static final String TRUSTED = TrustedWrites.class.getName();

	private TrustedWrites() {}

	public static SystemRequestDetails request() {
		SystemRequestDetails request = new SystemRequestDetails();
		request.getUserData().put(TRUSTED, Boolean.TRUE);
		return request;
	}

	static boolean isTrusted(RequestDetails request) {
		return request != null && Boolean.TRUE.equals(request.getUserData().get(TRUSTED));
	}
}
