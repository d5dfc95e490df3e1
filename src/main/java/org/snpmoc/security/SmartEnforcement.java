package org.snpmoc.security;

import ca.uhn.fhir.rest.server.RestfulServer;

/** The SMART interceptors the FHIR endpoint registers: scope letters, compartment narrowing, HAPI's rule engine. */
public final class SmartEnforcement {
	private final boolean enabled;
	private final Object[] interceptors;

	SmartEnforcement(boolean enabled, Object... interceptors) {
		this.enabled = enabled;
		this.interceptors = interceptors;
	}

	public void registerWith(RestfulServer server) {
		if (enabled) {
			for (Object interceptor : interceptors) {
				server.registerInterceptor(interceptor);
			}
		}
	}
}
