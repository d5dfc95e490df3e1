package org.snpmoc.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * HRA data written by other implementation guides is accepted. The fixtures live outside the repository (set
 * -Dsnpmoc.fixtures to their folder); the tests skip when they are absent.
 */
class ExternalContentTest {

  private static final Path FIXTURES =
      Path.of(System.getProperty("snpmoc.fixtures", "/work/shared/fixtures/external"));

  @Test
  void sdcPhq9ResponseIsValidR4() {
    Resource response = fixture("hl7-sdc/QuestionnaireResponse-questionnaireresponse-sdc-profile-example-PHQ9.json");
    // The SDC profiles are not part of this package; what matters is that the data is valid R4.
    response.getMeta().getProfile().clear();

    List<SingleValidationMessage> errors = ConformanceValidator.errors(ConformanceValidator.validate(response));

    assertThat(errors).as(ConformanceValidator.describe(errors)).isEmpty();
  }

  @Test
  void usCorePhq9ResponseFitsTheHraResponseProfile() {
    Resource response = fixture("us-core/QuestionnaireResponse-phq-9-example.json");
    response.getMeta().getProfile().clear();

    List<SingleValidationMessage> errors = ConformanceValidator.errors(ConformanceValidator.validate(response,
        "http://snp-moc.org/fhir/StructureDefinition/moc-hra-response"));

    assertThat(errors).as(ConformanceValidator.describe(errors)).isEmpty();
  }

  private static Resource fixture(String relativePath) {
    Path file = FIXTURES.resolve(relativePath);
    assumeTrue(Files.isRegularFile(file), "external fixture not present: " + file);
    return (Resource) ConformanceValidator.read(file);
  }
}
