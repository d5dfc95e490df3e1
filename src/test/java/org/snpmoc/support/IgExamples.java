package org.snpmoc.support;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Subscription;
import org.snpmoc.conformance.ConformancePackage;
import org.snpmoc.conformance.DependencyOrder;

/** The IG's examples (the beneficiary's whole story, the staff roster, the organizations) as test data. */
public final class IgExamples {
	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private IgExamples() {}

	public static ConformancePackage igPackage() {
		return ConformancePackage.load(FHIR, ConformancePackage.DEFAULT_DIRECTORY);
	}

	/**
	 * The examples without the Subscriptions: they are templates whose example.org endpoints the server refuses (not a
	 * public host it can resolve here), as the server's own loader leaves them out.
	 */
	public static List<IBaseResource> examples(ConformancePackage igPackage) {
		return igPackage.examples().stream().filter(r -> !(r instanceof Subscription)).toList();
	}

	/** One transaction of PUTs, each example after what it references. */
	public static Bundle transaction(ConformancePackage igPackage) {
		Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		for (IBaseResource example : DependencyOrder.sort(FHIR, examples(igPackage))) {
			String url = example.fhirType() + "/" + example.getIdElement().getIdPart();
			transaction.addEntry().setFullUrl(url).setResource((Resource) example)
					.getRequest().setMethod(Bundle.HTTPVerb.PUT).setUrl(url);
		}
		return transaction;
	}
}
