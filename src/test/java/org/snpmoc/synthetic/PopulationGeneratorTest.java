package org.snpmoc.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationGeneratorTest {
	private static final FhirContext FHIR = FhirContext.forR4Cached();
	private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	@TempDir
	Path dir;

	@Test
	void sameSeedWritesIdenticalFilesAndAnotherSeedDifferentOnes() throws Exception {
		// Given one generator
		PopulationGenerator generator = new PopulationGenerator(FHIR, HraInstrument.DEFAULT_FILE);

		// When the same population is generated twice, and once with another seed
		generator.generate(30, 7, AS_OF, dir.resolve("a"));
		generator.generate(30, 7, AS_OF, dir.resolve("b"));
		generator.generate(30, 8, AS_OF, dir.resolve("c"));

		// Then the files of the same seed are byte for byte the same, and those of another seed are not
		for (String file : List.of(PopulationGenerator.STAFF_FILE, PopulationGenerator.BENEFICIARIES_FILE, PopulationGenerator.EXPECTED_FILE)) {
			assertThat(Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("b").resolve(file))).as(file).isEqualTo(-1L);
		}
		assertThat(Files.mismatch(dir.resolve("a").resolve(PopulationGenerator.BENEFICIARIES_FILE),
				dir.resolve("c").resolve(PopulationGenerator.BENEFICIARIES_FILE))).isNotEqualTo(-1L);
		assertThat(Files.readAllLines(dir.resolve("a").resolve(PopulationGenerator.EXPECTED_FILE)))
				.hasSize(1 + 30 * Scenario.FACTORS.size());
	}

	@Test
	void everyBeneficiaryHasAFullRecordOfAboutFortyToEightyResources() {
		SyntheticStaff staff = new SyntheticStaff(500, AS_OF, new Draws(5, -1));
		var generator = new BeneficiaryGenerator(5, AS_OF, MissRates.defaults(), HraInstrument.read(FHIR, HraInstrument.DEFAULT_FILE), staff);
		double total = 0;
		for (int n = 1; n <= 500; n++) {
			var g = generator.generate(n);
			assertThat(g.resourceCount()).as(g.patientId()).isBetween(35, 90);
			assertThat(g.revisions()).as("ICP revisions after the first version").isNotEmpty();
			total += g.resourceCount();
		}
		assertThat(total / 500).isBetween(40.0, 80.0);
	}

	@Test
	void factorsAreMissedAtTheirConfiguredRateAmongTheBeneficiariesTheyApplyTo() {
		// Given the default rates, with 2B.3 raised
		MissRates rates = MissRates.defaults().with("2B.3", 0.30);
		int draws = 40_000;
		int transitions = 0;
		int nonEnglish = 0;
		int missed2B3 = 0;
		int missed2E1 = 0;
		int missed2D4 = 0;
		int missed2C2WithoutStay = 0;

		// When many scenarios are drawn
		for (int n = 0; n < draws; n++) {
			Scenario s = Scenario.draw(rates, new Draws(99, n));
			transitions += s.transition() ? 1 : 0;
			nonEnglish += s.nonEnglish() ? 1 : 0;
			missed2B3 += s.misses("2B.3") ? 1 : 0;
			missed2E1 += s.misses("2E.1") ? 1 : 0;
			missed2D4 += s.misses("2D.4") ? 1 : 0;
			missed2C2WithoutStay += s.misses("2C.2") && !s.transition() ? 1 : 0;
		}

		// Then each rate is met within sampling error, among those the factor can apply to
		assertThat((double) transitions / draws).isCloseTo(0.35, within(0.01));
		assertThat((double) nonEnglish / draws).isCloseTo(0.25, within(0.01));
		assertThat((double) missed2B3 / draws).isCloseTo(0.30, within(0.01));
		assertThat((double) missed2E1 / transitions).isCloseTo(0.12, within(0.01));
		assertThat((double) missed2D4 / nonEnglish).isCloseTo(0.10, within(0.01));
		assertThat(missed2C2WithoutStay).isZero();
	}

	@Test
	void expectedOutcomesFollowTheDraw() {
		Scenario stayMissingCoordinator = new Scenario(true, false, false, java.util.Set.of("2E.2", "2B.1"));
		assertThat(stayMissingCoordinator.expected())
				.containsEntry("2B.1", "not-met").containsEntry("2E.2", "not-met").containsEntry("2E.6", "not-met")
				.containsEntry("2E.1", "met").containsEntry("2B.3", "met");
		Scenario noStay = new Scenario(false, false, false, java.util.Set.of());
		assertThat(noStay.expected()).containsEntry("2E.1", "not-applicable").containsEntry("2A.5", "met");
	}
}
