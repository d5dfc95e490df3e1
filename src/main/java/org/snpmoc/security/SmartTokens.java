package org.snpmoc.security;

import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * What SMART adds to the tokens of the embedded server: the FHIR base as audience, the client id, the signed-in
 * person's FHIR identity ({@code fhirUser}) and the patient in context, and {@code patient} in the token response.
 */
final class SmartTokens implements OAuth2TokenCustomizer<JwtEncodingContext> {
	/** Authorization request parameter set by the caregiver's patient picker. */
	static final String CHOSEN_PATIENT = "moc_patient";

	private final Accounts accounts;
	private final CaregiverPatients caregivers;
	private final LaunchContexts launches;
	private final SecurityProperties properties;

	SmartTokens(Accounts accounts, CaregiverPatients caregivers, LaunchContexts launches, SecurityProperties properties) {
		this.accounts = accounts;
		this.caregivers = caregivers;
		this.launches = launches;
		this.properties = properties;
	}

	static String fhirBase() {
		return AuthorizationServerContextHolder.getContext().getIssuer() + "/fhir";
	}

	@Override
	public void customize(JwtEncodingContext context) {
		boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
		boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
		if (!accessToken && !idToken) {
			return;
		}
		String fhirBase = fhirBase();
		if (accessToken) {
			String audience = properties.audience() == null || properties.audience().isBlank() ? fhirBase : properties.audience();
			// A mutable list: the stored authorization is read back with Jackson, which refuses List.of's class.
			context.getClaims().audience(new java.util.ArrayList<>(List.of(audience)));
			context.getClaims().claim(Caller.CLAIM_CLIENT_ID, context.getRegisteredClient().getClientId());
		}
		AuthorizationGrantType grant = context.getAuthorizationGrantType();
		if (!AuthorizationGrantType.AUTHORIZATION_CODE.equals(grant) && !AuthorizationGrantType.REFRESH_TOKEN.equals(grant)) {
			return;
		}
		Authentication user = context.getPrincipal();
		OAuth2AuthorizationRequest request = context.getAuthorization() == null ? null
				: context.getAuthorization().getAttribute(OAuth2AuthorizationRequest.class.getName());
		Map<String, Object> parameters = request == null ? Map.of() : request.getAdditionalParameters();
		Object aud = parameters.get("aud");
		if (aud != null && !ServerRoot.withoutSlash(aud.toString()).equals(ServerRoot.withoutSlash(fhirBase))) {
			throw new OAuth2AuthenticationException(new OAuth2Error("invalid_request", "aud must be " + fhirBase, null));
		}
		Identity identity = identity(user.getName(), parameters, context.getAuthorizedScopes());
		if (identity.fhirUser() != null) {
			context.getClaims().claim(Caller.CLAIM_FHIR_USER, idToken ? fhirBase + "/" + identity.fhirUser() : identity.fhirUser());
		}
		if (accessToken && identity.patient() != null) {
			context.getClaims().claim(Caller.CLAIM_PATIENT, identity.patient());
		}
	}

	record Identity(String fhirUser, String patient) {}

	Identity identity(String username, Map<String, Object> parameters, java.util.Set<String> scopes) {
		Accounts.Account account = accounts.find(username)
				.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("access_denied", "no such account", null)));
		switch (account.kind()) {
			case BENEFICIARY -> {
				String patient = account.fhirUsers().stream().filter(r -> r.startsWith("Patient/")).findFirst().orElseThrow();
				return new Identity(patient, patient.substring("Patient/".length()));
			}
			case CAREGIVER -> {
				Map<String, String> actsFor = caregivers.of(account.fhirUsers());
				Object chosen = parameters.get(CHOSEN_PATIENT);
				String patient = chosen != null ? chosen.toString() : actsFor.size() == 1 ? actsFor.keySet().iterator().next() : null;
				if (patient == null || !actsFor.containsKey(patient)) {
					throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
							"choose a person this caregiver acts for", null));
				}
				return new Identity(actsFor.get(patient), patient);
			}
			default -> {
				String fhirUser = account.fhirUsers().isEmpty() ? null : account.fhirUsers().get(0);
				Object launch = parameters.get("launch");
				String patient = null;
				if (launch != null && scopes.contains("launch")) {
					patient = launches.patient(launch.toString()).orElseThrow(() -> new OAuth2AuthenticationException(
							new OAuth2Error("invalid_request", "unknown or expired launch", null)));
				}
				return new Identity(fhirUser, patient);
			}
		}
	}

	/** Adds {@code patient} (and the banner hint) to the token response when the access token has one in context. */
	static void tokenResponse(OAuth2AccessTokenAuthenticationContext context) {
		OAuth2AccessTokenAuthenticationToken issued = context.getAuthentication();
		patientOf(issued.getAccessToken().getTokenValue()).ifPresent(patient -> {
			Map<String, Object> extra = new LinkedHashMap<>(issued.getAdditionalParameters());
			extra.put("patient", patient);
			extra.put("need_patient_banner", false);
			context.getAccessTokenResponse().additionalParameters(extra);
		});
	}

	private static Optional<String> patientOf(String accessToken) {
		try {
			return Optional.ofNullable(SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim(Caller.CLAIM_PATIENT));
		} catch (ParseException e) {
			return Optional.empty();
		}
	}
}
