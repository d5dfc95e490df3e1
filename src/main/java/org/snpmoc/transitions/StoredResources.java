package org.snpmoc.transitions;

import ca.uhn.fhir.interceptor.model.RequestPartitionId;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.api.svc.IIdHelperService;
import ca.uhn.fhir.jpa.api.svc.ResolveIdentityMode;
import ca.uhn.fhir.jpa.model.dao.JpaPid;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;

/**
 * The workflow's reads, searches and writes, as the system and inside the caller's transaction. Searches answer
 * ids only, so callers read just the matches they need.
 */
final class StoredResources {
	private final DaoRegistry daos;
	private final IIdHelperService<JpaPid> identities;

	StoredResources(DaoRegistry daos, IIdHelperService<JpaPid> identities) {
		this.daos = daos;
		this.identities = identities;
	}

	static SearchParameterMap byPatient(String patient) {
		return SearchParameterMap.newSynchronous().add("patient", new ReferenceParam(patient));
	}

	static TokenOrListParam anyOf(String system, Collection<String> codes) {
		TokenOrListParam any = new TokenOrListParam();
		codes.forEach(code -> any.addOr(new TokenParam(system, code)));
		return any;
	}

	List<IIdType> ids(Class<? extends Resource> type, SearchParameterMap map) {
		return daos.getResourceDao(type).searchForResourceIds(map, new SystemRequestDetails());
	}

	/**
	 * Matches by id, then reads one by one: loading a page of resources written earlier in the same transaction
	 * trips Hibernate's persistence context, reading them singly does not.
	 */
	<T extends Resource> List<T> search(Class<T> type, SearchParameterMap map) {
		return ids(type, map).stream().map(id -> read(id, type)).toList();
	}

	<T extends Resource> T read(IIdType id, Class<T> type) {
		return daos.getResourceDao(type).read(id, new SystemRequestDetails());
	}

	<T extends Resource> Optional<T> read(String reference, Class<T> type) {
		try {
			return Optional.of(read(new IdType(reference), type));
		} catch (ResourceNotFoundException | ResourceGoneException e) {
			return Optional.empty();
		}
	}

	/**
	 * The stored Tasks among the ids, by id: their ids are resolved in one lookup, as the update itself does,
	 * rather than by a search or a read per id (most are missing when the event is new); only those found are read.
	 */
	Map<String, Task> tasks(Collection<String> ids) {
		List<IIdType> wanted = ids.stream().map(id -> (IIdType) new IdType("Task", id)).toList();
		IFhirResourceDao<Task> dao = daos.getResourceDao(Task.class);
		Map<String, Task> found = new HashMap<>();
		identities.resolveResourceIdentities(RequestPartitionId.allPartitions(), wanted,
						ResolveIdentityMode.excludeDeleted().noCacheUnlessDeletesDisabled())
				.forEach((id, task) -> found.put(task.getFhirId(), dao.readByPid(task.getPersistentId())));
		return found;
	}

	void save(Task task) {
		daos.getResourceDao(Task.class).update(task, new SystemRequestDetails());
	}
}
