package org.snpmoc.compliance;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.HistorySearchDateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceOrListParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * Searches straight through HAPI's JPA DAOs (no HTTP, no stored search results): every search is synchronous and
 * returns all its matches in one list.
 */
@Component
public class FhirStore {
	/** Large enough for a batch of beneficiaries' communications; HAPI's default cap would cut them off. */
	private static final int MAX_RESULTS = 1_000_000;
	/** Ids and references per OR list, so that the generated SQL stays reasonable. */
	static final int MAX_OR = 500;

	private final DaoRegistry daos;

	public FhirStore(DaoRegistry daos) {
		this.daos = daos;
	}

	public <T extends IBaseResource> T read(Class<T> type, String id) {
		return dao(type).read(new IdType(daos.getFhirContext().getResourceType(type), id), new SystemRequestDetails());
	}

	/** Every resource matching the map (or the page it asks for with a count and offset). */
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
	public void forEachPage(String type, SearchParameterMap map, int pageSize, java.util.function.Consumer<List<Resource>> page) {
		IBundleProvider found = daos.getResourceDao(type).search(map, new SystemRequestDetails());
		for (int from = 0; ; from += pageSize) {
			List<IBaseResource> resources = found.getResources(from, from + pageSize);
			if (resources.isEmpty()) {
				return;
			}
			page.accept(resources.stream().map(Resource.class::cast).toList());
		}
	}

	/** Resources of {@code type} whose {@code param} references any of the given "Type/id" keys. */
	public List<Resource> searchByReference(String type, String param, Collection<String> targets) {
		List<Resource> all = new ArrayList<>();
		for (List<String> chunk : chunks(targets)) {
			ReferenceOrListParam or = new ReferenceOrListParam();
			chunk.forEach(t -> or.addOr(new ReferenceParam(t)));
			all.addAll(search(type, new SearchParameterMap().add(param, or)));
		}
		return all;
	}

	/** Resources of {@code type} with the given ids (missing ones are skipped). */
	public List<Resource> byIds(String type, Collection<String> ids) {
		List<Resource> all = new ArrayList<>();
		for (List<String> chunk : chunks(ids)) {
			TokenOrListParam or = new TokenOrListParam();
			chunk.forEach(id -> or.add(id));
			all.addAll(search(type, new SearchParameterMap().add("_id", or)));
		}
		return all;
	}

	/** Every stored, non-deleted version of one resource, newest first. */
	public List<Resource> history(IdType id) {
		IBundleProvider versions = daos.getResourceDao(id.getResourceType())
				.history(id.toUnqualifiedVersionless(), new HistorySearchDateRangeParam(), new SystemRequestDetails());
		return versions.getAllResources().stream()
				.filter(r -> ResourceMetadataKeyEnum.DELETED_AT.get(r) == null)
				.map(Resource.class::cast)
				.toList();
	}

	@SuppressWarnings("unchecked")
	private <T extends IBaseResource> IFhirResourceDao<T> dao(Class<T> type) {
		return (IFhirResourceDao<T>) daos.getResourceDao(type);
	}

	private static List<List<String>> chunks(Collection<String> values) {
		List<String> distinct = values.stream().distinct().toList();
		List<List<String>> chunks = new ArrayList<>();
		for (int i = 0; i < distinct.size(); i += MAX_OR) {
			chunks.add(distinct.subList(i, Math.min(distinct.size(), i + MAX_OR)));
		}
		return chunks;
	}
}
