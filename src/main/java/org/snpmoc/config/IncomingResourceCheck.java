package org.snpmoc.config;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.util.IModelVisitor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.PrimitiveType;

/**
 * Values in a request body that the parser kept but the store cannot hold: a number, date or boolean that is not
 * one ({@code "two"}, {@code 2147483648} for an integer, {@code "yesterday"} for an instant), a decimal beyond what
 * the search index stores, text with a NUL or a broken surrogate pair. Each is a 400 naming the element, before
 * the write begins. Invalid codes are left to validation, which names the allowed values (422). A Bundle posted to
 * the base must be a transaction or a batch.
 */
@Interceptor
class IncomingResourceCheck {
	/** Search indexes keep decimals as NUMERIC(19,2) and doubles: larger magnitudes cannot be stored. */
	private static final BigDecimal MAX_DECIMAL = new BigDecimal("1e15");
	private static final Set<String> PROCESSABLE_BUNDLES = Set.of("transaction", "batch");

	private final FhirContext fhir;

	IncomingResourceCheck(FhirContext fhir) {
		this.fhir = fhir;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	public void check(RequestDetails request, RestOperationTypeEnum operation) {
		IBaseResource body = request.getResource();
		if (body == null) {
			return;
		}
		if (operation == RestOperationTypeEnum.TRANSACTION && body instanceof Bundle bundle) {
			checkProcessable(bundle);
		}
		List<String> problems = new ArrayList<>();
		collect(body, body.fhirType(), problems);
		if (!problems.isEmpty()) {
			throw ParameterRules.invalid("The resource has values this server cannot read: " + String.join("; ", problems));
		}
	}

	private static void checkProcessable(Bundle bundle) {
		String type = bundle.getTypeElement().getValueAsString();
		if (type == null || !PROCESSABLE_BUNDLES.contains(type)) {
			throw ParameterRules.invalid("Bundle.type must be 'transaction' or 'batch' to be processed at the base URL, not '"
					+ OperationOutcomes.quote(String.valueOf(type)) + "'");
		}
		for (int i = 0; i < bundle.getEntry().size(); i++) {
			Bundle.BundleEntryRequestComponent request = bundle.getEntry().get(i).getRequest();
			if (request.getMethod() == null || request.getMethod() == Bundle.HTTPVerb.NULL) {
				throw ParameterRules.invalid("Bundle.entry[" + i + "].request.method must be GET, HEAD, POST, PUT, DELETE or PATCH, not '"
						+ OperationOutcomes.quote(String.valueOf(request.getMethodElement().getValueAsString())) + "'");
			}
		}
	}

	/** The terser does not go into a Bundle's entries: each entry's resource is visited on its own. */
	private void collect(IBaseResource resource, String where, List<String> problems) {
		fhir.newTerser().visit(resource, (IModelVisitor) (root, element, path, child, definition) -> {
			if (problems.size() < 10 && element instanceof PrimitiveType<?> primitive) {
				String problem = problem(primitive);
				if (problem != null) {
					problems.add(where + "." + String.join(".", path) + ": " + problem);
				}
			}
		});
		if (resource instanceof Bundle bundle) {
			for (int i = 0; i < bundle.getEntry().size(); i++) {
				if (bundle.getEntry().get(i).getResource() != null) {
					collect(bundle.getEntry().get(i).getResource(), "Bundle.entry[" + i + "].resource", problems);
				}
			}
		}
	}

	private static String problem(PrimitiveType<?> primitive) {
		String text = primitive.getValueAsString();
		if (text == null || text.isEmpty()) {
			return null;
		}
		if (primitive.getValue() == null && !(primitive instanceof Enumeration<?>)) {
			return "'" + OperationOutcomes.quote(text) + "' is not a valid " + primitive.fhirType();
		}
		if (primitive instanceof DecimalType decimal && decimal.getValue().abs().compareTo(MAX_DECIMAL) >= 0) {
			return "the number is larger than this server stores (below 10^15)";
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return "text must not contain the NUL character";
			}
			if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
					|| Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
				return "text has a broken UTF-16 surrogate pair";
			}
		}
		return null;
	}
}
