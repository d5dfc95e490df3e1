package org.snpmoc.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snpmoc.support.H2ServerTest;

/**
 * A generated population loads over HTTP without a refusal, twice; its ICP history arrives version by version; and
 * the server's {@code $moc-evaluate} agrees with the generator's expected outcome on every factor of every beneficiary.
 */
class SyntheticPopulationIT extends H2ServerTest {

	@TempDir
	Path dir;

	@Test
	void populationLoadsWithoutFailuresAndReloadsIdempotently() throws Exception {
		// Given 50 generated beneficiaries
		new PopulationGenerator(FHIR, HraInstrument.DEFAULT_FILE).generate(50, 3, LocalDate.of(2026, 6, 30), dir);
		long lines = Files.lines(dir.resolve(PopulationGenerator.BENEFICIARIES_FILE)).count();
		assertThat(lines).isEqualTo(50);

		// When they are loaded in two parts, then loaded again whole
		BulkLoader loader = new BulkLoader(FHIR, baseUrl(), 2, null);
		BulkLoader.Report firstPart = loader.load(dir, 0, 20);
		BulkLoader.Report rest = loader.load(dir, 20, Integer.MAX_VALUE);
		BulkLoader.Report first = firstPart.plus(rest);
		BulkLoader.Report second = loader.load(dir);

		System.out.printf("loaded %d resources at %.0f/s, reloaded at %.0f/s%n", first.resources(), first.resourcesPerSecond(),
				second.resourcesPerSecond());

		// Then the server accepted every bundle both times
		assertThat(first.failures()).isEmpty();
		assertThat(second.failures()).isEmpty();
		assertThat(firstPart.beneficiaries()).isEqualTo(20);
		assertThat(rest.beneficiaries()).isEqualTo(30);
		assertThat(first.beneficiaries()).isEqualTo(50);
		assertThat(second.resources()).isEqualTo(first.resources());
		assertThat(first.resources()).isBetween(50L * 35, 50L * 90);
		Bundle patients = client.search().forResource(Patient.class).where(Patient.RES_ID.exactly().codes(
				BeneficiaryGenerator.patientId(1), BeneficiaryGenerator.patientId(50))).returnBundle(Bundle.class).execute();
		assertThat(patients.getEntry()).hasSize(2);

		// And the ICP's versions are stored in order, the current one carrying the latest revision date
		String plan = BeneficiaryGenerator.patientId(7) + "-icp";
		Bundle history = client.history().onInstance("CarePlan/" + plan).returnBundle(Bundle.class).execute();
		assertThat(history.getEntry().size()).isGreaterThanOrEqualTo(2);
		CarePlan current = client.read().resource(CarePlan.class).withId(plan).execute();
		String latest = history.getEntry().stream()
				.map(e -> ((CarePlan) e.getResource()).getExtensionByUrl(org.snpmoc.contract.MocCodes.EXT_ICP_REVISION_DATE))
				.map(Extension::getValue).map(v -> v.primitiveValue()).max(String::compareTo).orElseThrow();
		assertThat(current.getExtensionByUrl(org.snpmoc.contract.MocCodes.EXT_ICP_REVISION_DATE).getValue().primitiveValue())
				.isEqualTo(latest);

		// And each beneficiary's evaluation agrees with the expected outcome of every factor
		Map<String, Map<String, String>> expected = Agreement.readExpected(dir);
		List<Agreement.Disagreement> disagreements = new ArrayList<>();
		for (var patient : expected.entrySet()) {
			MeasureReport report = client.operation().onInstance(new IdType("Patient", patient.getKey())).named("$moc-evaluate")
					.withParameter(Parameters.class, "asOf", new DateType("2026-06-30")).useHttpGet()
					.returnResourceType(MeasureReport.class).execute();
			assertThat(Agreement.outcomes(report)).containsOnlyKeys(patient.getValue().keySet());
			disagreements.addAll(Agreement.compare(patient.getKey(), patient.getValue(), report));
		}
		assertThat(expected).hasSize(50);
		assertThat(disagreements).isEmpty();
	}
}
