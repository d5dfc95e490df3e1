package org.snpmoc.conformance;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.jpa.searchparam.registry.ISearchParamRegistryController;
import ca.uhn.fhir.jpa.searchparam.registry.SearchParamRegistryImpl;
import ca.uhn.fhir.batch2.api.IJobCoordinator;
import ca.uhn.fhir.batch2.jobs.reindex.ReindexUtils;
import ca.uhn.fhir.batch2.jobs.reindex.ReindexJobParameters;
import ca.uhn.fhir.batch2.model.JobInstanceStartRequest;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.SearchParameter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Writes the IG's conformance resources (and, when configured, its examples) into the store under their own ids
 * at start, before the server takes requests. A resource whose stored copy already has the same content is left
 * alone, so a restart writes nothing and history does not grow.
 */
@Component
class ConformanceLoader implements SmartInitializingSingleton {
	private static final Logger LOG = LoggerFactory.getLogger(ConformanceLoader.class);

	private final ConformancePackage conformancePackage;
	private final ConformanceProperties properties;
	private final DaoRegistry daos;
	private final ISearchParamRegistryController searchParams;
	private final JpaStorageSettings storageSettings;
	private final IJobCoordinator jobs;
	/** Resource types whose stored resources need indexing for a search parameter written at this start. */
	private final Set<String> toReindex = new LinkedHashSet<>();

	ConformanceLoader(ConformancePackage conformancePackage, ConformanceProperties properties, DaoRegistry daos,
			ISearchParamRegistryController searchParams, JpaStorageSettings storageSettings, IJobCoordinator jobs) {
		this.conformancePackage = conformancePackage;
		this.properties = properties;
		this.daos = daos;
		this.searchParams = searchParams;
		this.storageSettings = storageSettings;
		this.jobs = jobs;
	}

	record Result(int written, int unchanged) {}

	@Override
	public void afterSingletonsInstantiated() {
		load();
	}

	Result load() {
		long start = System.nanoTime();
		List<IBaseResource> toLoad = new ArrayList<>(conformancePackage.definitions());
		if (properties.loadExamples()) {
			// The IG's Subscriptions are templates for a care team's systems: stored, they would notify example.org.
			List<IBaseResource> examples = conformancePackage.examples().stream()
					.filter(r -> !"Subscription".equals(r.fhirType()))
					.toList();
			toLoad.addAll(DependencyOrder.sort(daos.getSystemDao().getContext(), examples));
		}
		// Search parameters first, and in use before anything they index is stored: the HRA tool the guide ships
		// must be found by the artifact-code search from the first request on.
		List<IBaseResource> searchParameters = toLoad.stream().filter(r -> "SearchParameter".equals(r.fhirType())).toList();
		int written = 0;
		boolean searchParametersChanged = false;
		// HAPI would start its reindex job right away, but its jobs are registered only once the context is up.
		boolean markForReindex = storageSettings.isMarkResourcesForReindexingUponSearchParameterChange();
		storageSettings.setMarkResourcesForReindexingUponSearchParameterChange(false);
		try {
			for (IBaseResource resource : searchParameters) {
				if (store(resource)) {
					written++;
					searchParametersChanged = true;
					((SearchParameter) resource).getBase().forEach(base -> toReindex.add(base.getCode()));
				}
			}
		} finally {
			storageSettings.setMarkResourcesForReindexingUponSearchParameterChange(markForReindex);
		}
		if (searchParametersChanged) {
			// Now, not at the registry's next periodic refresh: what is stored next must be indexed for them.
			if (searchParams instanceof SearchParamRegistryImpl registry) {
				registry.forceRefresh();
			} else {
				searchParams.refreshCacheIfNecessary();
			}
		}
		for (IBaseResource resource : toLoad) {
			if (!"SearchParameter".equals(resource.fhirType()) && store(resource)) {
				written++;
			}
		}
		LOG.info("Implementation guide from {}: {} resources{} ({} written, {} unchanged) in {} ms",
				conformancePackage.origin(), toLoad.size(), properties.loadExamples() ? " with examples" : "",
				written, toLoad.size() - written, (System.nanoTime() - start) / 1_000_000);
		return new Result(written, toLoad.size() - written);
	}

	/**
	 * Resources stored before a search parameter of the guide existed (a database of an earlier version) are indexed
	 * for it in the background, as HAPI does for any new search parameter.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void reindexForNewSearchParameters() {
		for (String type : toReindex) {
			ReindexJobParameters parameters = new ReindexJobParameters();
			parameters.addUrl(type + "?");
			JobInstanceStartRequest request = new JobInstanceStartRequest();
			request.setJobDefinitionId(ReindexUtils.JOB_REINDEX);
			request.setParameters(parameters);
			jobs.startInstance(new SystemRequestDetails(), request);
			LOG.info("Indexing stored {} resources for the guide's new search parameters", type);
		}
		toReindex.clear();
	}

	/** True when the resource was written, false when the stored copy was already the same. */
	@SuppressWarnings({"unchecked", "rawtypes"})
	private boolean store(IBaseResource resource) {
		IFhirResourceDao dao = daos.getResourceDao(resource.fhirType());
		SystemRequestDetails request = TrustedWrites.request();
		try {
			IBaseResource stored = dao.read(resource.getIdElement().toUnqualifiedVersionless(), request);
			if (sameContent(stored, resource)) {
				return false;
			}
		} catch (ResourceNotFoundException | ResourceGoneException absent) {
			// first start, or deleted since: write it
		}
		dao.update(resource, request);
		return true;
	}

	/** Same content apart from id and meta (version, last updated, tags the server adds). */
	static boolean sameContent(IBaseResource a, IBaseResource b) {
		return withoutIdAndMeta(a).equalsDeep(withoutIdAndMeta(b));
	}

	private static Resource withoutIdAndMeta(IBaseResource resource) {
		Resource copy = ((Resource) resource).copy();
		copy.setId((String) null);
		copy.setMeta(null);
		return copy;
	}
}
