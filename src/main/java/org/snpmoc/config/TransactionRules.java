package org.snpmoc.config;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.interceptor.model.TransactionWriteOperationsDetails;
import ca.uhn.fhir.rest.api.server.storage.IResourcePersistentId;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * FHIR's rules for a transaction that HAPI does not enforce: each entry's resource is of the type its
 * {@code request.url} names, a PUT's body id is its URL's id, no two entries target the same resource (by id, by
 * the same conditional URL, or by conditional URLs that turn out to match the same stored resource), and no entry
 * selects a partition. A transaction breaking one is a 400 and stores nothing; in a batch only that entry fails
 * (HAPI processes each batch entry as a transaction of its own). Every entry's URL keeps within
 * {@link ParameterRules}.
 */
@Component
@Interceptor
class TransactionRules implements StorageInterceptor {
	private static final String PARTITION_EXTENSION = "http://hapifhir.io/fhir/ns/StructureDefinition/request-partition-ids";

	private final ParameterRules parameters;

	TransactionRules(ServerProperties properties) {
		this.parameters = new ParameterRules(properties);
	}

	@Hook(Pointcut.STORAGE_TRANSACTION_PROCESSING)
	public void checkEntries(IBaseBundle bundle) {
		if (!(bundle instanceof Bundle r4) || r4.getType() == Bundle.BundleType.BATCH) {
			// HAPI hands each batch entry to this hook again as a transaction of one: refused there, it fails alone.
			return;
		}
		Map<String, Integer> targets = new HashMap<>();
		List<Bundle.BundleEntryComponent> entries = r4.getEntry();
		for (int i = 0; i < entries.size(); i++) {
			Bundle.BundleEntryComponent entry = entries.get(i);
			String where = "Bundle.entry[" + i + "]";
			Bundle.BundleEntryRequestComponent request = entry.getRequest();
			if (entry.hasExtension(PARTITION_EXTENSION) || request.hasExtension(PARTITION_EXTENSION)) {
				throw ParameterRules.invalid(where + " selects a partition; this server has no partitions");
			}
			if (request.getMethod() == null || !request.hasUrl()) {
				throw ParameterRules.invalid(where + ".request needs a method and a url");
			}
			String url = relative(request.getUrl());
			parameters.check(RequestGuardInterceptor.queryParameters(url), where + ".request.url");
			if (request.hasIfNoneExist()) {
				parameters.check(RequestGuardInterceptor.queryParameters(request.getIfNoneExist()), where + ".request.ifNoneExist");
			}
			String type = url.split("[/?]", 2)[0];
			IBaseResource resource = entry.getResource();
			Bundle.HTTPVerb method = request.getMethod();
			if (resource != null && (method == Bundle.HTTPVerb.POST || method == Bundle.HTTPVerb.PUT)) {
				if (!resource.fhirType().equals(type)) {
					throw ParameterRules.invalid(where + ": the resource is a " + resource.fhirType() + " but request.url is '"
							+ OperationOutcomes.quote(request.getUrl()) + "'");
				}
				String urlId = method == Bundle.HTTPVerb.PUT && !url.contains("?") ? idOf(url) : null;
				if (urlId != null && resource.getIdElement().hasIdPart() && !resource.getIdElement().getIdPart().equals(urlId)) {
					throw ParameterRules.invalid(where + ": the resource's id '" + OperationOutcomes.quote(resource.getIdElement().getIdPart())
							+ "' differs from the id in request.url '" + OperationOutcomes.quote(request.getUrl()) + "'");
				}
			}
			String target = target(method, url, request.getIfNoneExist());
			if (target != null) {
				Integer earlier = targets.putIfAbsent(target, i);
				if (earlier != null) {
					throw ParameterRules.invalid("Bundle.entry[" + earlier + "] and " + where + " both target "
							+ OperationOutcomes.quote(target) + "; a transaction may change a resource only once");
				}
			}
		}
	}

	/**
	 * Conditional URLs that look different may match one stored resource, or the resource another entry names by id.
	 * Called once HAPI has resolved every URL of the transaction, before anything is written.
	 */
	@Hook(Pointcut.STORAGE_TRANSACTION_WRITE_OPERATIONS_PRE)
	public void checkResolvedTargets(TransactionDetails transaction, TransactionWriteOperationsDetails operations) {
		Map<Object, String> resolved = new HashMap<>();
		List<String> urls = new ArrayList<>(operations.getUpdateRequestUrls());
		urls.addAll(operations.getConditionalCreateRequestUrls());
		for (String url : urls) {
			IResourcePersistentId<?> id = url.contains("?")
					? transaction.getResolvedMatchUrls().get(url)
					: transaction.getResolvedResourceId(new IdType(url));
			if (id == null || id == TransactionDetails.NOT_FOUND) {
				continue;
			}
			String earlier = resolved.putIfAbsent(id, url);
			if (earlier != null && !earlier.equals(url)) {
				throw ParameterRules.invalid("'" + OperationOutcomes.quote(earlier) + "' and '" + OperationOutcomes.quote(url)
						+ "' are the same stored resource; a transaction may change a resource only once");
			}
		}
	}

	/** What an entry writes: "Type/id", "Type?sorted-criteria", or null for a plain create or a read. */
	private static String target(Bundle.HTTPVerb method, String url, String ifNoneExist) {
		return switch (method) {
			case PUT, DELETE, PATCH -> url.contains("?")
					? conditionalTarget(url.substring(0, url.indexOf('?')), url.substring(url.indexOf('?') + 1))
					: url.replaceAll("/+$", "");
			case POST -> ifNoneExist == null || ifNoneExist.isBlank() ? null
					: url.split("[/?]", 2)[0] + "?" + normalised(ifNoneExist.contains("?") ? ifNoneExist.substring(ifNoneExist.indexOf('?') + 1) : ifNoneExist);
			default -> null;
		};
	}

	/** A condition on {@code _id} alone names the resource as plainly as its URL does. */
	private static String conditionalTarget(String type, String query) {
		Map<String, List<String>> criteria = RequestGuardInterceptor.queryParameters(query);
		List<String> ids = criteria.get("_id");
		if (criteria.size() == 1 && ids != null && ids.size() == 1 && !ids.get(0).contains(",")) {
			return type + "/" + ids.get(0);
		}
		return type + "?" + normalised(query);
	}

	private static String normalised(String query) {
		Map<String, List<String>> sorted = new TreeMap<>(RequestGuardInterceptor.queryParameters(query));
		return sorted.toString();
	}

	private static String idOf(String url) {
		String[] parts = url.split("/");
		return parts.length >= 2 ? parts[1] : null;
	}

	/** request.url relative to the base: absolute URLs keep their last "Type/…" part. */
	private static String relative(String url) {
		String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]+", "").replaceFirst("^/+", "");
		int fhir = path.startsWith("fhir/") ? 5 : 0;
		return path.substring(fhir);
	}
}
