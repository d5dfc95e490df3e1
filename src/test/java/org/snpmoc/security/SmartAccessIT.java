package org.snpmoc.security;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snpmoc.support.SecureH2ServerTest;

/**
 * Access control as clients meet it: what needs a token, discovery, a beneficiary's standalone launch reaching their
 * own record only, SMART Backend Services with a signed client assertion, and forged tokens refused.
 */
class SmartAccessIT extends SecureH2ServerTest {
	private static final FhirContext R4 = FhirContext.forR4Cached();
	private String system;
	private String suffix;

	@BeforeEach
	void data() {
		system = smart.systemToken("system/*.cruds");
		suffix = UUID.randomUUID().toString().substring(0, 8);
	}

	private String create(String resourceJson) {
		HttpResponse<String> response = smart.send("POST", "/fhir/" + R4.newJsonParser().parseResource(resourceJson)
				.fhirType(), resourceJson, system, Map.of());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String location = response.headers().firstValue("Location").orElseThrow();
		return location.replaceFirst(".*/fhir/", "").replaceFirst("/_history/.*", "");
	}

	private String patient(String family) {
		Patient patient = new Patient();
		patient.addName().setFamily(family).addGiven("Ada");
		patient.addIdentifier().setSystem("urn:oid:2.16.840.1.113883.4.927").setValue("MBI" + family + suffix);
		return create(R4.newJsonParser().encodeResourceToString(patient));
	}

	private String observation(String patientRef, String category) {
		Observation observation = new Observation();
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.getCode().setText("a finding of " + patientRef);
		observation.addCategory().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/observation-category").setCode(category);
		observation.getSubject().setReference(patientRef);
		return create(R4.newJsonParser().encodeResourceToString(observation));
	}

	@Test
	void withoutATokenOnlyDiscoveryAndHealthAnswer() {
		assertThat(smart.get("/fhir/metadata", null).statusCode()).isEqualTo(200);
		HttpResponse<String> discovery = smart.get("/fhir/.well-known/smart-configuration", null);
		assertThat(discovery.statusCode()).isEqualTo(200);
		JsonNode config = SmartFlows_read(discovery.body());
		assertThat(config.get("token_endpoint").asText()).isEqualTo(rootUrl() + "/oauth2/token");
		assertThat(config.get("capabilities").toString()).contains("launch-standalone", "client-confidential-asymmetric");
		assertThat(smart.get("/actuator/health", null).statusCode()).isEqualTo(200);

		HttpResponse<String> anonymous = smart.get("/fhir/Patient", null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.body()).contains("OperationOutcome");
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
		assertThat(smart.send("DELETE", "/fhir/Patient/x", null, null, Map.of()).statusCode()).isEqualTo(401);
		assertThat(smart.get("/fhir/metadata", null).body()).contains("oauth-uris", "SMART-on-FHIR");
	}

	@Test
	void aBeneficiaryReachesTheirOwnRecordOnly() {
		String mine = patient("Own");
		String theirs = patient("Other");
		String myObservation = observation(mine, "vital-signs");
		String theirObservation = observation(theirs, "vital-signs");
		smart.createUser("member-" + suffix, "correct horse battery", List.of(mine));
		smart.createPublicApp("member-app-" + suffix, List.of("launch/patient", "openid", "fhirUser", "patient/*.rs"));

		JsonNode token = smart.standaloneLaunch("member-app-" + suffix, "launch/patient openid fhirUser patient/*.rs",
				"member-" + suffix, "correct horse battery", null);
		String access = token.get("access_token").asText();
		assertThat(token.get("patient").asText()).isEqualTo(mine.substring("Patient/".length()));
		assertThat(token.has("id_token")).isTrue();

		assertThat(smart.get("/fhir/" + mine, access).statusCode()).isEqualTo(200);
		assertThat(smart.get("/fhir/" + myObservation, access).statusCode()).isEqualTo(200);
		assertThat(smart.get("/fhir/" + theirs, access).statusCode()).isEqualTo(403);
		assertThat(smart.get("/fhir/" + theirObservation, access).statusCode()).isEqualTo(403);

		Bundle search = (Bundle) R4.newJsonParser().parseResource(smart.get("/fhir/Observation", access).body());
		assertThat(search.getEntry()).extracting(e -> e.getResource().getIdElement().toUnqualifiedVersionless().getValue())
				.contains(myObservation).doesNotContain(theirObservation);
		assertThat(smart.get("/fhir/Observation?subject=" + theirs, access).body()).doesNotContain(theirObservation);
		assertThat(smart.send("DELETE", "/fhir/" + myObservation, null, access, Map.of()).statusCode()).isEqualTo(403);
		assertThat(smart.get("/fhir/$moc-evaluate", access).statusCode()).isEqualTo(403);
		assertThat(smart.send("GET", "/fhir/$moc-evaluate", null, access, Map.of("Prefer", "respond-async")).statusCode())
				.isEqualTo(403);
		assertThat(smart.get("/fhir/$moc-evaluate-status?_jobId=any", access).statusCode()).isEqualTo(403);
		assertThat(smart.get("/fhir/" + mine + "/$moc-evaluate", access).statusCode()).isEqualTo(200);
		assertThat(smart.get("/fhir/" + theirs + "/$moc-evaluate", access).statusCode()).isEqualTo(403);
	}

	@Test
	void aConfidentialAppKeepsAccessWithARefreshTokenAndGranularScopesNarrowWhatItSees() {
		String member = patient("Granular");
		String lab = observation(member, "laboratory");
		String vitals = observation(member, "vital-signs");
		smart.createUser("granular-" + suffix, "granular password", List.of(member));
		String labScope = "patient/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory";
		List<String> scopes = List.of("launch/patient", "openid", "fhirUser", "offline_access", "patient/Patient.rs", labScope);
		smart.admin("/admin/clients", Map.of("clientId", "lab-app-" + suffix, "secret", "lab-app-secret-0123456789",
				"tokenEndpointAuthMethod", "client_secret_basic", "grantTypes", List.of("authorization_code", "refresh_token"),
				"redirectUris", List.of(org.snpmoc.support.SmartFlows.APP_REDIRECT), "scopes", scopes));

		JsonNode token = smart.confidentialLaunch("lab-app-" + suffix, "lab-app-secret-0123456789",
				String.join(" ", scopes), "granular-" + suffix, "granular password");
		String access = token.get("access_token").asText();
		assertThat(smart.get("/fhir/" + lab, access).statusCode()).isEqualTo(200);
		assertThat(smart.get("/fhir/" + vitals, access).statusCode()).isEqualTo(403);
		assertThat(smart.get("/fhir/Observation", access).body()).contains(lab).doesNotContain(vitals);
		assertThat(smart.get("/fhir/Condition", access).statusCode()).isEqualTo(403);

		JsonNode refreshed = smart.tokenRequest(Map.of("grant_type", "refresh_token",
				"refresh_token", token.get("refresh_token").asText()), "lab-app-" + suffix, "lab-app-secret-0123456789");
		assertThat(refreshed.get("patient").asText()).isEqualTo(member.substring("Patient/".length()));
		assertThat(smart.get("/fhir/" + lab, refreshed.get("access_token").asText()).statusCode()).isEqualTo(200);
	}

	@Test
	void aCaregiverChoosesWhomTheyActForAndReachesOnlyThem() {
		String mother = patient("Mother");
		String uncle = patient("Uncle");
		String stranger = patient("Stranger");
		String forMother = create("{\"resourceType\":\"RelatedPerson\",\"patient\":{\"reference\":\"" + mother + "\"}}");
		String forUncle = create("{\"resourceType\":\"RelatedPerson\",\"patient\":{\"reference\":\"" + uncle + "\"}}");
		String unclesObservation = observation(uncle, "vital-signs");
		String mothersObservation = observation(mother, "vital-signs");
		smart.createUser("carer-" + suffix, "caregiver password", List.of(forMother, forUncle));
		smart.createPublicApp("carer-app-" + suffix, List.of("launch/patient", "openid", "fhirUser", "patient/*.rs"));

		JsonNode token = smart.standaloneLaunch("carer-app-" + suffix, "launch/patient openid fhirUser patient/*.rs",
				"carer-" + suffix, "caregiver password", uncle.substring("Patient/".length()));
		String access = token.get("access_token").asText();
		assertThat(token.get("patient").asText()).isEqualTo(uncle.substring("Patient/".length()));
		assertThat(smart.get("/fhir/" + unclesObservation, access).statusCode()).isEqualTo(200);
		assertThat(smart.get("/fhir/" + mothersObservation, access).statusCode()).isEqualTo(403);
		assertThat(smart.get("/fhir/" + stranger, access).statusCode()).isEqualTo(403);
		assertThat(smart.get("/fhir/Observation", access).body()).contains(unclesObservation).doesNotContain(mothersObservation);

		// Choosing someone they do not act for gets no authorization.
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> smart.standaloneLaunch("carer-app-" + suffix,
				"launch/patient openid fhirUser patient/*.rs", "carer-" + suffix, "caregiver password",
				stranger.substring("Patient/".length()))).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aClinicianOpensAnEhrLaunchForTheBeneficiaryInContext() {
		String member = patient("Charted");
		String coordinator = create("{\"resourceType\":\"Practitioner\",\"name\":[{\"family\":\"Coordinator\"}]}");
		smart.createUser("coordinator-" + suffix, "coordinator password", List.of(coordinator));
		smart.createPublicApp("ehr-app-" + suffix, List.of("launch", "openid", "fhirUser", "user/*.rs", "patient/*.rs"));
		String launch = smart.postJson("/smart/launch", Map.of("patient", member), system).get("launch").asText();

		JsonNode token = smart.ehrLaunch("ehr-app-" + suffix, "launch openid fhirUser user/*.rs",
				"coordinator-" + suffix, "coordinator password", launch);
		assertThat(token.get("patient").asText()).isEqualTo(member.substring("Patient/".length()));
		String access = token.get("access_token").asText();
		assertThat(smart.get("/fhir/" + member, access).statusCode()).isEqualTo(200);
		assertThat(smart.get("/fhir/$moc-gaps", access).statusCode()).isEqualTo(200);
		assertThat(smart.send("POST", "/fhir/Patient", "{\"resourceType\":\"Patient\"}", access, Map.of()).statusCode())
				.isEqualTo(403);
	}

	@Test
	void aBackendServiceSignsInWithItsKeyAndRunsThePlanEvaluation() throws Exception {
		RSAKey rsa = new RSAKeyGenerator(2048).keyID("rsa-" + suffix).generate();
		ECKey ec = new ECKeyGenerator(Curve.P_384).keyID("ec-" + suffix).generate();
		String clientId = "analytics-" + suffix;
		smart.admin("/admin/clients", Map.of("clientId", clientId, "tokenEndpointAuthMethod", "private_key_jwt",
				"grantTypes", List.of("client_credentials"), "scopes", List.of("system/*.rs"),
				"jwks", new JWKSet(List.of(rsa.toPublicJWK(), ec.toPublicJWK())).toString()));

		for (JWSAlgorithm algorithm : List.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384)) {
			String assertion = assertion(clientId, algorithm, rsa, ec, rootUrl() + "/oauth2/token");
			JsonNode token = smart.tokenRequest(Map.of("grant_type", "client_credentials", "scope", "system/*.rs",
					"client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
					"client_assertion", assertion), clientId, null);
			String access = token.get("access_token").asText();
			HttpResponse<String> plan = smart.get("/fhir/$moc-evaluate", access);
			assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
			assertThat(R4.newJsonParser().parseResource(MeasureReport.class, plan.body()).getType())
					.isEqualTo(MeasureReport.MeasureReportType.SUMMARY);
			HttpResponse<String> kickOff = smart.send("GET", "/fhir/$moc-evaluate", null, access,
					Map.of("Prefer", "respond-async"));
			assertThat(kickOff.statusCode()).as(kickOff.body()).isEqualTo(202);
			String status = kickOff.headers().firstValue("Content-Location").orElseThrow();
			assertThat(smart.get(status.substring(status.indexOf("/fhir/")), access).statusCode()).isIn(200, 202);
			assertThat(smart.send("POST", "/fhir/Patient", "{\"resourceType\":\"Patient\"}", access, Map.of()).statusCode())
					.isEqualTo(403);
		}
		// An assertion replayed, or for another audience, gets no token.
		String once = assertion(clientId, JWSAlgorithm.RS384, rsa, ec, rootUrl() + "/oauth2/token");
		Map<String, String> form = Map.of("grant_type", "client_credentials", "scope", "system/*.rs",
				"client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", "client_assertion", once);
		smart.tokenRequest(form, clientId, null);
		assertThat(failsToGetToken(form, clientId)).isTrue();
		String elsewhere = assertion(clientId, JWSAlgorithm.RS384, rsa, ec, "https://other.example/token");
		assertThat(failsToGetToken(Map.of("grant_type", "client_credentials", "scope", "system/*.rs",
				"client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
				"client_assertion", elsewhere), clientId)).isTrue();
	}

	@Test
	void forgedTokensAre401() throws Exception {
		String valid = smart.systemToken("system/*.rs");
		assertThat(smart.get("/fhir/Patient", valid).statusCode()).isEqualTo(200);

		RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
		JWTClaimsSet claims = SignedJWT.parse(valid).getJWTClaimsSet();
		SignedJWT wronglySigned = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(
				SignedJWT.parse(valid).getHeader().getKeyID()).build(), claims);
		wronglySigned.sign(new RSASSASigner(stranger));
		String unsigned = new PlainJWT(claims).serialize();
		String[] parts = valid.split("\\.");
		String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
				claims.toString().replace("system/*.rs", "system/*.cruds").getBytes()) + "." + parts[2];

		for (String forged : List.of("not-a-token", unsigned, wronglySigned.serialize(), tampered)) {
			HttpResponse<String> response = smart.get("/fhir/Patient", forged);
			assertThat(response.statusCode()).as(forged).isEqualTo(401);
			assertThat(response.body()).contains("OperationOutcome").doesNotContain(forged);
		}
	}

	private boolean failsToGetToken(Map<String, String> form, String clientId) {
		try {
			smart.tokenRequest(form, clientId, null);
			return false;
		} catch (IllegalStateException e) {
			return e.getMessage().contains("401") || e.getMessage().contains("400");
		}
	}

	private static String assertion(String clientId, JWSAlgorithm algorithm, RSAKey rsa, ECKey ec, String audience)
			throws Exception {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(audience)
				.jwtID(UUID.randomUUID().toString()).expirationTime(Date.from(Instant.now().plusSeconds(240))).build();
		boolean isRsa = algorithm == JWSAlgorithm.RS384;
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT)
				.keyID(isRsa ? rsa.getKeyID() : ec.getKeyID()).build(), claims);
		jwt.sign(isRsa ? new RSASSASigner(rsa) : new ECDSASigner(ec));
		return jwt.serialize();
	}

	private static JsonNode SmartFlows_read(String json) {
		return org.snpmoc.support.SmartFlows.read(json);
	}
}
