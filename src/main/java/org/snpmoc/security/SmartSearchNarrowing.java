package org.snpmoc.security;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizedList;
import ca.uhn.fhir.rest.server.interceptor.auth.SearchNarrowingInterceptor;

/**
 * Narrows every search, and every conditional create, update and delete, of a patient-context caller to their
 * patient's compartment, so that neither results nor totals nor a conditional match reach anyone else's record.
 */
final class SmartSearchNarrowing extends SearchNarrowingInterceptor {
	SmartSearchNarrowing() {
		setNarrowConditionalUrls(true);
	}

	@Override
	protected AuthorizedList buildAuthorizedList(RequestDetails request) {
		return Caller.current()
				.filter(Caller::patientContext)
				.map(caller -> new AuthorizedList().addCompartment(
						"Patient/" + (caller.patient() == null ? "-none-" : caller.patient())))
				.orElse(null);
	}
}
