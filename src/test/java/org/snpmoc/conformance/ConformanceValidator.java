package org.snpmoc.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** One validator over the generated package, shared by the conformance tests (building it is slow). */
final class ConformanceValidator {

  static final FhirContext FHIR = FhirContext.forR4Cached();
  static final ConformancePackage PACKAGE = ConformancePackage.load(FHIR, ConformancePackage.DEFAULT_DIRECTORY);
  private static final FhirValidator VALIDATOR = createValidator();

  private ConformanceValidator() {}

  private static FhirValidator createValidator() {
    FhirInstanceValidator module = new FhirInstanceValidator(PACKAGE.validationSupportChain());
    // An unknown profile must fail loudly: a typo in a canonical would otherwise validate against nothing.
    module.setErrorForUnknownProfiles(true);
    // Reads the target type from literal references (Patient/123) so Reference(Patient) is enforced off-server too.
    module.setAssumeValidRestReferences(true);
    return FHIR.newValidator().registerValidatorModule(module);
  }

  /** Validates against the profiles the resource declares (meta.profile) plus the given ones. */
  static List<SingleValidationMessage> validate(IBaseResource resource, String... profiles) {
    ValidationOptions options = new ValidationOptions();
    for (String profile : profiles) {
      options.addProfile(profile);
    }
    return VALIDATOR.validateWithResult(resource, options).getMessages();
  }

  static IBaseResource read(Path file) {
    try {
      return FHIR.newJsonParser().parseResource(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<SingleValidationMessage> errors(List<SingleValidationMessage> messages) {
    return messages.stream()
        .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
        .toList();
  }

  static String describe(List<SingleValidationMessage> messages) {
    return messages.stream()
        .map(m -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage())
        .collect(Collectors.joining("\n"));
  }
}
