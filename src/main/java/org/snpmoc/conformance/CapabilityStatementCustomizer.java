package org.snpmoc.conformance;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceOperationComponent;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.snpmoc.config.ServerInterceptor;
import org.snpmoc.config.ServerProperties;
import org.snpmoc.contract.MocCodes;
import org.springframework.stereotype.Component;

/**
 * Makes {@code /metadata} describe this server as the IG's implementation: its name and publisher, the MOC profiles
 * each resource type supports, and the IG's canonical OperationDefinitions for the MOC operations HAPI lists.
 */
@Interceptor
@Component
class CapabilityStatementCustomizer implements ServerInterceptor {
	static final String NAME = "SnpMocFhirServer";
	private static final List<String> MOC_OPERATIONS = List.of("moc-evaluate", "moc-gaps");

	private final Map<String, List<String>> profilesByType;
	private final ServerProperties server;
	private final ConformanceProperties properties;

	CapabilityStatementCustomizer(ConformancePackage conformancePackage, ServerProperties server,
			ConformanceProperties properties) {
		this.server = server;
		this.properties = properties;
		this.profilesByType = conformancePackage.definitions().stream()
				.filter(StructureDefinition.class::isInstance)
				.map(StructureDefinition.class::cast)
				.filter(sd -> sd.getKind() == StructureDefinition.StructureDefinitionKind.RESOURCE
						&& sd.getDerivation() == StructureDefinition.TypeDerivationRule.CONSTRAINT)
				.sorted((a, b) -> a.getUrl().compareTo(b.getUrl()))
				.collect(Collectors.groupingBy(StructureDefinition::getType,
						Collectors.mapping(StructureDefinition::getUrl, Collectors.toList())));
	}

	@Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
	public void customize(IBaseConformance generated) {
		CapabilityStatement statement = (CapabilityStatement) generated;
		statement.setName(NAME);
		statement.setTitle(server.name());
		statement.setPublisher(properties.publisher());
		for (CapabilityStatementRestComponent rest : statement.getRest()) {
			rest.getOperation().forEach(CapabilityStatementCustomizer::useCanonicalDefinition);
			for (var resource : rest.getResource()) {
				for (String profile : profilesByType.getOrDefault(resource.getType(), List.of())) {
					if (resource.getSupportedProfile().stream().noneMatch(p -> profile.equals(p.getValue()))) {
						resource.addSupportedProfile(profile);
					}
				}
				resource.getOperation().forEach(CapabilityStatementCustomizer::useCanonicalDefinition);
			}
		}
	}

	/** HAPI points an operation at a definition it generates; ours are published by the IG under their canonical. */
	private static void useCanonicalDefinition(CapabilityStatementRestResourceOperationComponent operation) {
		if (MOC_OPERATIONS.contains(operation.getName())) {
			operation.setDefinitionElement(new CanonicalType(MocCodes.BASE + "/OperationDefinition/" + operation.getName()));
		}
	}
}
