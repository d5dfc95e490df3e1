package org.snpmoc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.registry.ISearchParamRegistryController;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceOperationComponent;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.OperationDefinition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;
import org.snpmoc.contract.MocCodes;
import org.snpmoc.support.H2ServerTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The IG's conformance resources are served after start, loading is idempotent, and /metadata lists the IG. */
class ConformanceLoadingIT extends H2ServerTest {
	@Autowired
	ConformanceLoader loader;

	@Autowired
	ConformancePackage igPackage;

	@Autowired
	DaoRegistry daos;

	@Autowired
	ca.uhn.fhir.jpa.api.config.JpaStorageSettings storageSettings;

	@Autowired
	ca.uhn.fhir.batch2.api.IJobCoordinator jobs;

	@Autowired
	ISearchParamRegistryController searchParams;

	@Test
	void conformanceResourcesAreReadableOverRest() {
		StructureDefinition icp = client.read().resource(StructureDefinition.class).withId("moc-icp").execute();
		assertThat(icp.getUrl()).isEqualTo(MocCodes.profile("moc-icp"));
		assertThat(client.read().resource(CodeSystem.class).withId("moc-factor").execute().getUrl())
				.isEqualTo(MocCodes.CS_FACTOR);
		assertThat(client.read().resource(Measure.class).withId("moc-care-coordination").execute().getUrl())
				.isEqualTo(MocCodes.MEASURE_CARE_COORDINATION);
		OperationDefinition evaluate = client.read().resource(OperationDefinition.class).withId("moc-evaluate").execute();
		assertThat(evaluate.getUrl()).isEqualTo(MocCodes.BASE + "/OperationDefinition/moc-evaluate");

		Bundle hra = client.search().forResource(Questionnaire.class)
				.where(Questionnaire.URL.matches().value(MocCodes.HRA_QUESTIONNAIRE)).returnBundle(Bundle.class).execute();
		assertThat(hra.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart()).containsExactly("dsnp-hra");

		Bundle valueSets = client.search().forResource(ValueSet.class)
				.where(ValueSet.URL.matches().value(MocCodes.BASE + "/ValueSet/ict-role")).returnBundle(Bundle.class).execute();
		assertThat(valueSets.getEntry()).hasSize(1);
	}

	@Test
	void restartingWritesNothingAndHistoryDoesNotGrow() {
		String before = client.read().resource(StructureDefinition.class).withId("moc-icp").execute().getMeta().getVersionId();

		ConformanceLoader.Result again = loader.load();

		assertThat(again.written()).isZero();
		assertThat(again.unchanged()).isEqualTo(igPackage.definitions().size());
		String after = client.read().resource(StructureDefinition.class).withId("moc-icp").execute().getMeta().getVersionId();
		assertThat(after).isEqualTo(before);
		Bundle history = client.history().onInstance("StructureDefinition/moc-icp").returnBundle(Bundle.class).execute();
		assertThat(history.getEntry()).hasSize(1);
	}

	@Test
	void examplesAreLoadedWhenConfigured() {
		ConformanceLoader withExamples = new ConformanceLoader(igPackage,
				new ConformanceProperties("profiles", true, true, "SNP MOC open-source project"), daos, searchParams,
				storageSettings, jobs);

		withExamples.load();
		ConformanceLoader.Result again = withExamples.load();

		assertThat(again.written()).isZero();
		long subscriptions = igPackage.examples().stream().filter(r -> r.fhirType().equals("Subscription")).count();
		assertThat(again.unchanged()).isEqualTo(igPackage.definitions().size() + igPackage.examples().size() - subscriptions);
		assertThat(client.read().resource(Patient.class).withId("moc-example-beneficiary").execute().getIdElement().getIdPart())
				.isEqualTo("moc-example-beneficiary");
		assertThat(client.read().resource(CarePlan.class).withId("moc-example-icp").execute().getCategoryFirstRep()
				.getCodingFirstRep().getCode()).isEqualTo(MocCodes.ICP);
	}

	@Test
	void capabilityStatementNamesTheServerAndListsTheIg() {
		CapabilityStatement statement = client.capabilities().ofType(CapabilityStatement.class).execute();

		assertThat(statement.getName()).isEqualTo("SnpMocFhirServer");
		assertThat(statement.getTitle()).isEqualTo("SNP Model of Care FHIR Server");
		assertThat(statement.getPublisher()).isEqualTo("SNP MOC open-source project");
		CapabilityStatementRestComponent rest = statement.getRestFirstRep();
		assertThat(profiles(rest, "CarePlan")).containsExactly(MocCodes.profile("moc-icp"));
		assertThat(profiles(rest, "Task")).containsExactlyInAnyOrder(
				MocCodes.profile("moc-hra-outreach-task"), MocCodes.profile("moc-training-remediation-task"),
				MocCodes.profile("moc-transition-coordination-task"), MocCodes.profile("moc-work-item-task"));
		assertThat(profiles(rest, "QuestionnaireResponse")).containsExactly(MocCodes.profile("moc-hra-response"));
		assertThat(profiles(rest, "Patient")).isEmpty();

		String evaluate = MocCodes.BASE + "/OperationDefinition/moc-evaluate";
		String gaps = MocCodes.BASE + "/OperationDefinition/moc-gaps";
		assertThat(operations(rest.getOperation())).contains(evaluate, gaps);
		CapabilityStatementRestResourceComponent patient = rest.getResource().stream()
				.filter(r -> r.getType().equals("Patient")).findFirst().orElseThrow();
		assertThat(operations(patient.getOperation())).contains(evaluate, gaps);
	}

	/** Definitions of the MOC operations listed. */
	private static List<String> operations(List<CapabilityStatementRestResourceOperationComponent> operations) {
		return operations.stream().filter(o -> o.getName().startsWith("moc-")).map(o -> o.getDefinition()).toList();
	}

	private static List<String> profiles(CapabilityStatementRestComponent rest, String type) {
		return rest.getResource().stream()
				.filter(r -> r.getType().equals(type))
				.findFirst()
				.map(CapabilityStatementRestResourceComponent::getSupportedProfile)
				.orElseThrow()
				.stream().map(p -> p.getValue()).toList();
	}
}
