package org.snpmoc.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseReference;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformancePackageTest {
	private static final FhirContext FHIR = ConformanceValidator.FHIR;
	private static final ConformancePackage PACKAGE = ConformanceValidator.PACKAGE;

	private static List<String> keys(List<IBaseResource> resources) {
		return resources.stream().map(r -> r.fhirType() + "/" + r.getIdElement().getIdPart()).toList();
	}

	@Test
	void definitionsAreTheCanonicalResourcesAndExamplesTheRest() {
		assertThat(keys(PACKAGE.definitions())).contains(
				"StructureDefinition/moc-icp", "CodeSystem/moc-factor", "ValueSet/ict-role",
				"OperationDefinition/moc-evaluate", "Measure/moc-care-coordination", "Questionnaire/dsnp-hra");
		assertThat(keys(PACKAGE.examples())).contains("Patient/moc-example-beneficiary", "CarePlan/moc-example-icp")
				.noneMatch(k -> k.startsWith("StructureDefinition/") || k.startsWith("Questionnaire/"));
		assertThat(PACKAGE.definitions().size() + PACKAGE.examples().size()).isEqualTo(PACKAGE.resources().size());
	}

	@Test
	void theJarCarriesTheSamePackage() {
		ConformancePackage packaged = ConformancePackage.fromClasspath(FHIR, ConformancePackage.CLASSPATH_FOLDER);
		assertThat(keys(packaged.resources())).isEqualTo(keys(PACKAGE.resources()));
		assertThat(packaged.origin()).isEqualTo("classpath:snp-moc-profiles");
	}

	@Test
	void aMissingFolderFallsBackToThePackagedCopy(@TempDir Path empty) {
		ConformancePackage located = ConformancePackage.locate(FHIR, empty.resolve("profiles"));
		assertThat(located.origin()).startsWith("classpath:");
		assertThat(located.resources()).hasSameSizeAs(PACKAGE.resources());
	}

	@Test
	void aPresentFolderIsPreferred() {
		assertThat(ConformancePackage.locate(FHIR, ConformancePackage.DEFAULT_DIRECTORY).origin())
				.isEqualTo(ConformancePackage.DEFAULT_DIRECTORY.toAbsolutePath().toString());
	}

	@Test
	void neitherFolderNorPackagedCopyFailsWithWhatToDo(@TempDir Path empty) {
		assertThatThrownBy(() -> ConformancePackage.locate(FHIR, empty.resolve("profiles"), "no-such-folder"))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining(empty.resolve("profiles").toString())
				.hasMessageContaining("moc.conformance.profiles-dir");
	}

	@Test
	void examplesInDependencyOrderComeAfterEverythingTheyReference() {
		List<IBaseResource> shuffled = new ArrayList<>(PACKAGE.examples());
		Collections.reverse(shuffled);
		List<IBaseResource> ordered = DependencyOrder.sort(FHIR, shuffled);

		assertThat(ordered).hasSameSizeAs(shuffled);
		List<String> order = keys(ordered);
		for (IBaseResource resource : ordered) {
			String self = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
			for (IBaseReference ref : FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, IBaseReference.class)) {
				String target = ref.getReferenceElement().toUnqualifiedVersionless().getValue();
				if (order.contains(target)) {
					assertThat(order.indexOf(target)).as("%s before %s", target, self).isLessThan(order.indexOf(self));
				}
			}
		}
	}
}
