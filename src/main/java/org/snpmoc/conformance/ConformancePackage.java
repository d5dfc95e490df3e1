package org.snpmoc.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The resources generated from the implementation guide (the {@code profiles/} directory): profiles, extensions,
 * terminology, operation definitions, the measure, the HRA instrument and the examples.
 */
public final class ConformancePackage {

  /** Relative to the working directory of the server or the build. */
  public static final Path DEFAULT_DIRECTORY = Path.of("profiles");

  private final FhirContext fhirContext;
  private final List<IBaseResource> resources;

  private ConformancePackage(FhirContext fhirContext, List<IBaseResource> resources) {
    this.fhirContext = fhirContext;
    this.resources = List.copyOf(resources);
  }

  /** Reads every {@code *.json} file of the directory, in file name order so that loading is reproducible. */
  public static ConformancePackage load(FhirContext fhirContext, Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("No conformance directory at " + directory.toAbsolutePath());
    }
    List<IBaseResource> loaded = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          loaded.add(fhirContext.newJsonParser().parseResource(reader));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read conformance resources from " + directory, e);
    }
    return new ConformancePackage(fhirContext, loaded);
  }

  public List<IBaseResource> resources() {
    return resources;
  }

  /** Every resource of the package, served by canonical URL (StructureDefinition, CodeSystem, ValueSet, ...). */
  public PrePopulatedValidationSupport validationSupport() {
    PrePopulatedValidationSupport support = new PrePopulatedValidationSupport(fhirContext);
    resources.forEach(support::addResource);
    return support;
  }

  /**
   * A self-contained validation chain: FHIR R4 core, this package, in-memory terminology for the value sets it can
   * expand, the common code systems (languages, UCUM, ...) and snapshot generation for differential-only profiles.
   * No terminology server is contacted.
   */
  public IValidationSupport validationSupportChain() {
    return new ValidationSupportChain(
        new DefaultProfileValidationSupport(fhirContext),
        validationSupport(),
        new InMemoryTerminologyServerValidationSupport(fhirContext),
        new CommonCodeSystemsTerminologyService(fhirContext),
        new SnapshotGeneratingValidationSupport(fhirContext));
  }
}
