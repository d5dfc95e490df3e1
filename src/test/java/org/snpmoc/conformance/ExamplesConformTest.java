package org.snpmoc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every instance the IG publishes (examples, HRA tool, measure, operations) passes the profiles it declares. */
class ExamplesConformTest {

  // Definitions of the IG itself; SUSHI has already checked them against their metamodel.
  private static final Set<String> DEFINITION_TYPES = Set.of("StructureDefinition", "CodeSystem", "ValueSet");

  static Stream<Named<IBaseResource>> instances() {
    return ConformanceValidator.PACKAGE.resources().stream()
        .filter(r -> !DEFINITION_TYPES.contains(r.fhirType()))
        .map(r -> Named.of(r.fhirType() + "/" + r.getIdElement().getIdPart(), r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("instances")
  void conformsToItsDeclaredProfiles(IBaseResource instance) {
    List<SingleValidationMessage> errors = ConformanceValidator.errors(ConformanceValidator.validate(instance));

    assertThat(errors).as(ConformanceValidator.describe(errors)).isEmpty();
  }
}
