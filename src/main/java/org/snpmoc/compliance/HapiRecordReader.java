package org.snpmoc.compliance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceOrListParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * Reads through HAPI's front door, the resource DAOs: {@code _id} searches, the record's searches of
 * {@link RecordQueries}, and each resource's {@code _history}. Whatever HAPI's storage looks like (partitions, tag
 * storage modes, a new entity model), this returns what its REST API would; it is the reference the faster
 * {@link StoredRows} is held to.
 */
@Component
public class HapiRecordReader implements RecordReader {
	/** Values per search: well under the bind-parameter limits of the databases HAPI supports. */
	private static final int MAX_IDS = 500;

	private final FhirStore store;
	private final DaoRegistry daos;
	private final FhirContext fhirContext;

	public HapiRecordReader(FhirStore store, DaoRegistry daos, FhirContext fhirContext) {
		this.store = store;
		this.daos = daos;
		this.fhirContext = fhirContext;
	}

	@Override
	public List<StoredResource> byIds(String type, Collection<String> ids) {
		List<StoredResource> found = new ArrayList<>();
		for (List<String> chunk : chunks(ids)) {
			TokenOrListParam anyOf = new TokenOrListParam();
			chunk.forEach(id -> anyOf.add(new TokenParam(id)));
			store.search(type, new SearchParameterMap().add(IAnyResource.SP_RES_ID, anyOf))
					.forEach(r -> found.add(StoredResource.of(fhirContext, r)));
		}
		return found;
	}

	@Override
	public List<StoredResource> referencing(Collection<? extends Resource> patients) {
		List<StoredResource> found = new ArrayList<>();
		for (List<String> chunk : chunks(patients.stream().map(PatientRecord::key).toList())) {
			for (RecordQueries.Query query : RecordQueries.ALL) {
				ReferenceOrListParam anyOf = new ReferenceOrListParam();
				chunk.forEach(key -> anyOf.add(new ReferenceParam(key)));
				store.search(query.type().getSimpleName(), new SearchParameterMap().add(query.param(), anyOf))
						.forEach(r -> found.add(StoredResource.of(fhirContext, r)));
			}
		}
		return found;
	}

	@Override
	public Map<String, List<StoredResource>> versions(Collection<? extends Resource> resources) {
		Map<String, List<StoredResource>> versions = new LinkedHashMap<>();
		for (Resource resource : resources) {
			List<StoredResource> history = daos.getResourceDao(resource.fhirType())
					.history(resource.getIdElement().toUnqualifiedVersionless(), null, null, null, new SystemRequestDetails())
					.getAllResources().stream()
					.map(Resource.class::cast)
					// A deletion is a version too, without content.
					.filter(r -> ResourceMetadataKeyEnum.DELETED_AT.get(r) == null)
					.sorted(Comparator.comparingLong(r -> r.getIdElement().getVersionIdPartAsLong()))
					.map(r -> StoredResource.of(fhirContext, r))
					.toList();
			versions.put(PatientRecord.key(resource), history);
		}
		return versions;
	}

	private static List<List<String>> chunks(Collection<String> values) {
		List<String> distinct = values.stream().distinct().toList();
		List<List<String>> chunks = new ArrayList<>();
		for (int i = 0; i < distinct.size(); i += MAX_IDS) {
			chunks.add(distinct.subList(i, Math.min(distinct.size(), i + MAX_IDS)));
		}
		return chunks;
	}
}
