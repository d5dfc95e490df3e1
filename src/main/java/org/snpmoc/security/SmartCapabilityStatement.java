package org.snpmoc.security;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.UriType;
import org.snpmoc.config.ServerInterceptor;
import org.snpmoc.config.ServerProperties;
import org.springframework.stereotype.Component;

/** The CapabilityStatement's security section: SMART-on-FHIR with the same endpoints as the discovery document. */
@Interceptor
@Component
class SmartCapabilityStatement implements ServerInterceptor {
	static final String OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris";

	private final SecurityProperties properties;
	private final ServerProperties server;

	SmartCapabilityStatement(SecurityProperties properties, ServerProperties server) {
		this.properties = properties;
		this.server = server;
	}

	@Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
	public void security(IBaseConformance generated, RequestDetails request) {
		if (!properties.isEnabled() || !(request instanceof ServletRequestDetails servlet)) {
			return;
		}
		Map<String, Object> discovery = SmartConfigurationEndpoint.document(
				SmartConfigurationEndpoint.issuer(servlet.getServletRequest(), properties, server));
		for (CapabilityStatement.CapabilityStatementRestComponent rest : ((CapabilityStatement) generated).getRest()) {
			CapabilityStatement.CapabilityStatementRestSecurityComponent security = rest.getSecurity();
			security.setCors(true);
			security.getService().clear();
			security.addService(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(
					"http://terminology.hl7.org/CodeSystem/restful-security-service", "SMART-on-FHIR", "SMART-on-FHIR")));
			security.setDescription("SMART App Launch 2 (OpenID Connect): standalone and EHR launch, SMART Backend "
					+ "Services; discovery at .well-known/smart-configuration");
			security.getExtension().removeIf(e -> OAUTH_URIS.equals(e.getUrl()));
			Extension uris = security.addExtension().setUrl(OAUTH_URIS);
			uris.addExtension("authorize", new UriType(discovery.get("authorization_endpoint").toString()));
			uris.addExtension("token", new UriType(discovery.get("token_endpoint").toString()));
			uris.addExtension("introspect", new UriType(discovery.get("introspection_endpoint").toString()));
			uris.addExtension("revoke", new UriType(discovery.get("revocation_endpoint").toString()));
		}
	}
}
