package org.snpmoc.compliance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.snpmoc.contract.MocCodes;

/**
 * Test data written like the IG's examples: the example story itself, and small beneficiary stories whose
 * resources are copies of the example resources with a new id, subject and dates (so they conform to the profiles).
 */
public final class MocStories {
	private static final FhirContext FHIR = FhirContext.forR4Cached();
	private static final Path PROFILES = Path.of("profiles");
	private static final Set<String> CONFORMANCE_TYPES = Set.of("StructureDefinition", "CodeSystem", "ValueSet",
			"OperationDefinition", "SearchParameter", "Measure", "ImplementationGuide");

	private final IGenericClient client;

	public MocStories(IGenericClient client) {
		this.client = client;
	}

	/** PUTs every example resource of profiles/ (and the dsnp-hra Questionnaire) in one transaction. */
	public void loadExamples() {
		Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		for (Resource r : exampleResources()) {
			String url = r.fhirType() + "/" + r.getIdElement().getIdPart();
			tx.addEntry().setFullUrl(url).setResource(r).getRequest().setMethod(Bundle.HTTPVerb.PUT).setUrl(url);
		}
		client.transaction().withBundle(tx).execute();
	}

	static List<Resource> exampleResources() {
		try (Stream<Path> files = Files.list(PROFILES)) {
			return files.filter(f -> f.toString().endsWith(".json")).sorted()
					.map(MocStories::read)
					.filter(r -> !CONFORMANCE_TYPES.contains(r.fhirType()))
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static <T extends Resource> T example(Class<T> type, String id) {
		return type.cast(read(PROFILES.resolve(FHIR.getResourceType(type) + "-" + id + ".json")));
	}

	private static Resource read(Path file) {
		try {
			return (Resource) FHIR.newJsonParser().parseResource(Files.readString(file));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static String newId(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A new beneficiary (a copy of the example's), returned with its id. */
	public String patient() {
		Patient patient = example(Patient.class, "moc-example-beneficiary");
		patient.setId(newId("story"));
		return put(patient);
	}

	public String enrollment(String patientId, String start) {
		Coverage coverage = example(Coverage.class, "moc-example-enrollment");
		coverage.setId(newId("enrollment"));
		coverage.setBeneficiary(new Reference("Patient/" + patientId));
		coverage.getPeriod().setStartElement(new DateTimeType(start));
		return put(coverage);
	}

	/** A completed HRA (the example's answers) authored on {@code authored}. */
	public String hra(String patientId, String authored) {
		QuestionnaireResponse hra = example(QuestionnaireResponse.class, "moc-example-hra-initial");
		hra.setId(newId("hra"));
		hra.setSubject(new Reference("Patient/" + patientId));
		hra.setSource(new Reference("Patient/" + patientId));
		hra.setAuthoredElement(new DateTimeType(authored));
		return put(hra);
	}

	/** An ICP (the example's author and content, without the example's team, goals and preferences). */
	public static CarePlan icp(String id, String patientId, String revised, String... hraIds) {
		CarePlan plan = example(CarePlan.class, "moc-example-icp");
		plan.setId(id);
		plan.setSubject(new Reference("Patient/" + patientId));
		plan.getContributor().clear();
		plan.addContributor(new Reference("Patient/" + patientId));
		plan.getCareTeam().clear();
		plan.getGoal().clear();
		plan.getActivity().forEach(a -> a.getDetail().getGoal().clear());
		plan.getSupportingInfo().clear();
		for (String hra : hraIds) {
			plan.addSupportingInfo(new Reference("QuestionnaireResponse/" + hra));
		}
		plan.getExtensionByUrl(MocCodes.EXT_ICP_REVISION_DATE).setValue(new DateTimeType(revised));
		plan.getPeriod().setStartElement(new DateTimeType(revised));
		return plan;
	}

	public String put(Resource resource) {
		client.update().resource(resource).execute();
		return resource.getIdElement().getIdPart();
	}
}
