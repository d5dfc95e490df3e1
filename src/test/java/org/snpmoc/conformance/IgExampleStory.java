package org.snpmoc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Subscription;
import org.junit.jupiter.api.Test;

/**
 * The IG's examples (the beneficiary's whole story, the staff roster, the organizations) are accepted by the
 * validating server and come back as they were sent. Implemented once per database.
 */
interface IgExampleStory {

	IGenericClient fhir();

	ConformancePackage igPackage();

	/**
	 * The examples; Subscriptions switched off, so that the shared test server does not notify their example.org
	 * endpoints (the server owns a Subscription's status anyway).
	 */
	static List<IBaseResource> examples(ConformancePackage igPackage) {
		return igPackage.examples().stream()
				.map(r -> r instanceof Subscription s ? s.copy().setStatus(Subscription.SubscriptionStatus.OFF) : r)
				.toList();
	}

	/** One transaction of PUTs, each example after what it references. */
	static Bundle examplesTransaction(ConformancePackage igPackage) {
		FhirContext fhirContext = FhirContext.forR4Cached();
		Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		for (IBaseResource example : DependencyOrder.sort(fhirContext, examples(igPackage))) {
			String url = example.fhirType() + "/" + example.getIdElement().getIdPart();
			transaction.addEntry().setFullUrl(url).setResource((Resource) example)
					.getRequest().setMethod(Bundle.HTTPVerb.PUT).setUrl(url);
		}
		return transaction;
	}

	@Test
	default void everyExampleIsAcceptedAndReadBackUnchanged() {
		List<IBaseResource> examples = examples(igPackage());
		Bundle response = fhir().transaction().withBundle(examplesTransaction(igPackage())).execute();

		assertThat(response.getEntry()).hasSize(examples.size());
		assertThat(response.getEntry()).allSatisfy(entry ->
				assertThat(entry.getResponse().getStatus()).as(entry.getResponse().getLocation()).matches("20[01] .*"));
		for (IBaseResource example : examples) {
			IBaseResource stored = fhir().read().resource(example.fhirType())
					.withId(example.getIdElement().getIdPart()).execute();
			assertThat(ConformanceLoader.sameContent(stored, example))
					.as("%s/%s read back unchanged", example.fhirType(), example.getIdElement().getIdPart())
					.isTrue();
		}
	}
}
