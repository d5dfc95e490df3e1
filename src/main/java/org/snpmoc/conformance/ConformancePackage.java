package org.snpmoc.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.snpmoc.compliance.Codes;
import org.snpmoc.contract.MocCodes;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The resources generated from the implementation guide (the {@code profiles/} directory): profiles, extensions,
 * terminology, operation definitions, the measure, the HRA instrument and the examples.
 */
public final class ConformancePackage {

  /** Relative to the working directory of the server or the build. */
  public static final Path DEFAULT_DIRECTORY = Path.of("profiles");

  /** Where the build copies {@code profiles/} inside the jar, for a server started away from the sources. */
  public static final String CLASSPATH_FOLDER = "snp-moc-profiles";

  private final FhirContext fhirContext;
  private final List<IBaseResource> resources;
  private final String origin;

  private ConformancePackage(FhirContext fhirContext, List<IBaseResource> resources, String origin) {
    this.fhirContext = fhirContext;
    this.resources = List.copyOf(resources);
    this.origin = origin;
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
    return new ConformancePackage(fhirContext, loaded, directory.toAbsolutePath().toString());
  }

  /** Reads every {@code *.json} resource under the classpath folder, in name order; empty when there is none. */
  public static ConformancePackage fromClasspath(FhirContext fhirContext, String folder) {
    List<IBaseResource> loaded = new ArrayList<>();
    try {
      Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/*.json");
      for (Resource resource : Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
        try (InputStream in = resource.getInputStream()) {
          loaded.add(fhirContext.newJsonParser().parseResource(new InputStreamReader(in, StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read conformance resources from classpath:" + folder, e);
    }
    return new ConformancePackage(fhirContext, loaded, "classpath:" + folder);
  }

  /**
   * The directory when it exists, else the copy packaged in the jar; fails with a message saying what to do when
   * neither is there (a server without its profiles would accept anything and evaluate nothing).
   */
  public static ConformancePackage locate(FhirContext fhirContext, Path directory) {
    return locate(fhirContext, directory, CLASSPATH_FOLDER);
  }

  static ConformancePackage locate(FhirContext fhirContext, Path directory, String classpathFolder) {
    if (Files.isDirectory(directory)) {
      return load(fhirContext, directory);
    }
    ConformancePackage packaged = fromClasspath(fhirContext, classpathFolder);
    if (packaged.resources().isEmpty()) {
      throw new IllegalStateException("No conformance resources: the folder " + directory.toAbsolutePath()
          + " does not exist and the jar carries no " + classpathFolder + "/ copy. Set moc.conformance.profiles-dir"
          + " to the profiles/ folder of the project.");
    }
    return packaged;
  }

  public List<IBaseResource> resources() {
    return resources;
  }

  /** Where the package was read from, for the start-up log. */
  public String origin() {
    return origin;
  }

  /** Canonical resources (StructureDefinition, CodeSystem, ValueSet, OperationDefinition, Measure, Questionnaire…). */
  public List<IBaseResource> definitions() {
    return resources.stream().filter(r -> r instanceof MetadataResource).toList();
  }

  /** Everything else: the example beneficiary's story, the staff roster, organizations. */
  public List<IBaseResource> examples() {
    return resources.stream().filter(r -> !(r instanceof MetadataResource)).toList();
  }

  /** Canonical URLs of the package's StructureDefinitions (profiles and extensions). */
  public Set<String> structureDefinitionUrls() {
    return resources.stream()
        .filter(StructureDefinition.class::isInstance)
        .map(r -> ((StructureDefinition) r).getUrl())
        .collect(Collectors.toUnmodifiableSet());
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
