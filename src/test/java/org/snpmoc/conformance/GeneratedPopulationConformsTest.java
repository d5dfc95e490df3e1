package org.snpmoc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snpmoc.synthetic.PopulationGenerator;

/** Every resource the synthetic population generator writes passes the IG's profiles, staff roster included. */
class GeneratedPopulationConformsTest {

	@TempDir
	Path dir;

	@Test
	void generatedResourcesConformToTheProfiles() throws Exception {
		// Given a small generated population
		new PopulationGenerator(ConformanceValidator.FHIR, Path.of("profiles", "Questionnaire-dsnp-hra.json"))
				.generate(25, 13, LocalDate.of(2026, 6, 30), dir);
		List<Resource> resources = new ArrayList<>();
		for (String line : Files.readAllLines(dir.resolve(PopulationGenerator.STAFF_FILE))) {
			entries(ConformanceValidator.FHIR.newJsonParser().parseResource(Bundle.class, line), resources);
		}
		for (String line : Files.readAllLines(dir.resolve(PopulationGenerator.BENEFICIARIES_FILE))) {
			Bundle steps = ConformanceValidator.FHIR.newJsonParser().parseResource(Bundle.class, line);
			steps.getEntry().forEach(step -> entries((Bundle) step.getResource(), resources));
		}

		// When each is validated, then none has an error
		List<String> failures = new ArrayList<>();
		for (Resource resource : resources) {
			var errors = ConformanceValidator.errors(ConformanceValidator.validate(resource));
			if (!errors.isEmpty()) {
				failures.add(resource.fhirType() + "/" + resource.getIdElement().getIdPart() + ":\n" + ConformanceValidator.describe(errors));
			}
		}
		assertThat(resources).hasSizeGreaterThan(25 * 35);
		assertThat(failures).isEmpty();
	}

	private static void entries(Bundle transaction, List<Resource> into) {
		transaction.getEntry().forEach(e -> into.add(e.getResource()));
	}
}
