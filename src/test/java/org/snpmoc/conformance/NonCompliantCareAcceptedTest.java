package org.snpmoc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Profiles never refuse care that is merely non-compliant (a care plan without goals, a team without a coordinator,
 * a late HRA): the server must store it so the evaluator can report the gap. Each row of tests.csv must pass.
 */
class NonCompliantCareAcceptedTest {

  private static final Path INSTANCES = Path.of("src/test/resources/conformance/noncompliant");
  private static final String CANONICAL = "http://snp-moc.org/fhir/StructureDefinition/";

  @ParameterizedTest(name = "{0} accepted by {1}")
  @CsvFileSource(resources = "/conformance/tests.csv", numLinesToSkip = 1)
  void accepted(String instance, String profile) {
    List<SingleValidationMessage> errors = ConformanceValidator.errors(
        ConformanceValidator.validate(ConformanceValidator.read(INSTANCES.resolve(instance)), CANONICAL + profile));

    assertThat(errors).as(ConformanceValidator.describe(errors)).isEmpty();
  }
}
