package org.snpmoc.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, as their access token says: the client app, the signed-in user (with their FHIR identity, e.g.
 * {@code Patient/123}, {@code RelatedPerson/7}, {@code Practitioner/9}), the patient in context, and the scopes.
 * With security switched off there is none: {@link #current()} is empty.
 */
public record Caller(String clientId, String subject, String fhirUser, String patient, SmartScopes scopes) {

	public static final String CLAIM_FHIR_USER = "fhirUser";
	public static final String CLAIM_PATIENT = "patient";
	public static final String CLAIM_CLIENT_ID = "client_id";

	/** The caller of the request being served on this thread; empty when nobody was authenticated. */
	public static Optional<Caller> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token) {
			return Optional.of(fromToken(token.getToken()));
		}
		return Optional.empty();
	}

	public static Caller fromToken(Jwt token) {
		Object scope = token.getClaims().get("scope");
		SmartScopes scopes = scope instanceof java.util.Collection<?> list
				? SmartScopes.of(list.stream().map(String::valueOf).toList())
				: SmartScopes.of(scope == null ? "" : scope.toString());
		String client = token.getClaimAsString(CLAIM_CLIENT_ID);
		if (client == null && token.getAudience() != null && !token.getAudience().isEmpty()) {
			client = token.getAudience().get(0);
		}
		return new Caller(client, token.getSubject(), relative(token.getClaimAsString(CLAIM_FHIR_USER)),
				token.getClaimAsString(CLAIM_PATIENT), scopes);
	}

	/** A beneficiary or their caregiver: whatever the scope level, they reach only the patient in context. */
	public boolean beneficiarySide() {
		return fhirUser != null && (fhirUser.startsWith("Patient/") || fhirUser.startsWith("RelatedPerson/"));
	}

	/** Someone whose access is one patient's compartment: patient scopes, or a beneficiary or caregiver login. */
	public boolean patientContext() {
		return (beneficiarySide() || (scopes.hasLevel(SmartScope.Level.PATIENT)
				&& !scopes.hasLevel(SmartScope.Level.USER) && !scopes.hasLevel(SmartScope.Level.SYSTEM)));
	}

	/**
	 * The caller's scopes that grant any of {@code actions} on {@code type} ({@code "*"}: every type). A patient
	 * context uses its patient and user scopes alike (either reaches only its compartment); staff and systems their
	 * user and system scopes.
	 */
	public java.util.List<SmartScope> granting(String type, SmartScope.Action... actions) {
		boolean patientContext = patientContext();
		return scopes.clinical().stream()
				.filter(s -> patientContext ? s.level() != SmartScope.Level.SYSTEM : s.level() != SmartScope.Level.PATIENT)
				.filter(s -> java.util.Arrays.stream(actions).anyMatch(a -> s.grants(type, a)))
				.toList();
	}

	/** Plan-wide work (every beneficiary): a staff or system caller whose scopes read Patient. */
	public boolean readsThePlan() {
		return !patientContext() && !granting("Patient", SmartScope.Action.READ).isEmpty();
	}

	/** {@code Patient/123} from an absolute or relative reference. */
	private static String relative(String reference) {
		if (reference == null) {
			return null;
		}
		String[] parts = reference.split("/");
		return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : reference;
	}
}
