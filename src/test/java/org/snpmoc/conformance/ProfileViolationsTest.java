package org.snpmoc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Malformed or unidentifiable data is refused: each row of tests_errors.csv names an instance that breaks one rule
 * of a profile and the message the validator must give, at the element that breaks it.
 */
class ProfileViolationsTest {

  private static final Path INSTANCES = Path.of("src/test/resources/conformance/invalid");
  private static final String CANONICAL = "http://snp-moc.org/fhir/StructureDefinition/";

  @ParameterizedTest(name = "{0} refused by {1} at {3}")
  @CsvFileSource(resources = "/conformance/tests_errors.csv", numLinesToSkip = 1)
  void refused(String instance, String profile, String severity, String location, String message) {
    List<SingleValidationMessage> messages =
        ConformanceValidator.validate(ConformanceValidator.read(INSTANCES.resolve(instance)), CANONICAL + profile);

    ResultSeverityEnum expected = ResultSeverityEnum.fromCode(severity);
    assertThat(messages)
        .as("expected %s at %s containing '%s'; got:%n%s", severity, location, message,
            ConformanceValidator.describe(messages))
        .anySatisfy(m -> {
          assertThat(m.getSeverity()).isEqualTo(expected);
          assertThat(m.getLocationString()).contains(location);
          assertThat(m.getMessage()).contains(message);
        });
  }
}
