package org.snpmoc.compliance;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.util.List;
import java.util.function.Consumer;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * Searches straight through HAPI's JPA DAOs (no HTTP): small searches synchronously with all their matches in one
 * list, plan-wide ones a page at a time from HAPI's stored search results.
 */
@Component
public class FhirStore {
	/** Large enough for a batch of beneficiaries' communications; HAPI's default cap would cut them off. */
	private static final int MAX_RESULTS = 1_000_000;

	private final DaoRegistry daos;

	public FhirStore(DaoRegistry daos) {
		this.daos = daos;
	}

	public <T extends IBaseResource> T read(Class<T> type, String id) {
		return dao(type).read(new IdType(daos.getFhirContext().getResourceType(type), id), new SystemRequestDetails());
	}

	/** Every resource matching the map. */
	public List<Resource> search(String type, SearchParameterMap map) {
		map.setLoadSynchronous(true);
		if (map.getCount() == null) {
			map.setLoadSynchronousUpTo(MAX_RESULTS);
		}
		IBundleProvider found = daos.getResourceDao(type).search(map, new SystemRequestDetails());
		return found.getAllResources().stream().map(Resource.class::cast).toList();
	}

	/**
	 * Every resource matching the map, handed over {@code pageSize} at a time from HAPI's stored search results,
	 * so that a search over the whole plan never holds all its matches at once.
	 */
	public void forEachPage(String type, SearchParameterMap map, int pageSize, Consumer<List<Resource>> page) {
		IBundleProvider found = daos.getResourceDao(type).search(map, new SystemRequestDetails());
		for (int from = 0; ; from += pageSize) {
			List<IBaseResource> resources = found.getResources(from, from + pageSize);
			if (resources.isEmpty()) {
				return;
			}
			page.accept(resources.stream().map(Resource.class::cast).toList());
		}
	}

	@SuppressWarnings("unchecked")
	private <T extends IBaseResource> IFhirResourceDao<T> dao(Class<T> type) {
		return (IFhirResourceDao<T>) daos.getResourceDao(type);
	}
}
