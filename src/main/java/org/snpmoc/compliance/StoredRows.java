package org.snpmoc.compliance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IDao;
import ca.uhn.fhir.jpa.dao.JpaStorageResourceParser;
import ca.uhn.fhir.jpa.dao.TolerantJsonParser;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.model.dao.JpaPid;
import ca.uhn.fhir.jpa.model.entity.ResourceEncodingEnum;
import ca.uhn.fhir.jpa.model.entity.StorageSettings.TagStorageModeEnum;
import ca.uhn.fhir.jpa.model.entity.TagTypeEnum;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.util.IMetaTagSorter;
import ca.uhn.fhir.util.MetaUtil;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads stored resources straight from HAPI's resource, version and tag tables, as plain columns rather than
 * entities and without the search layer: a plan-wide evaluation reads the records of thousands of beneficiaries,
 * and both HAPI's searches and Hibernate's entity bookkeeping cost more than parsing the rows. Each resource is
 * finished as HAPI's own reader (JpaStorageResourceParser) finishes it: version, lastUpdated, meta.source, and the
 * profiles, tags and security labels HAPI keeps out of the stored text. It relies on HAPI's entity model, so
 * RecordReaderContractIT holds it to {@link HapiRecordReader}'s results, and it reads only the storage layout that
 * test covers ({@link #unsupported()}).
 */
@Component
public class StoredRows implements RecordReader {
	private static final int MAX_IDS = 1000;
	private static final String COLUMNS = "SELECT h.myResourceId, r.myResourceType, r.myFhirId, h.myResourceVersion, h.myUpdated,"
			+ " h.myEncoding, h.myResourceTextVc, h.myId.myVersionId, h.myHasTags, h.mySourceUri, h.myRequestId"
			+ " FROM ResourceHistoryTable h JOIN h.myResourceTable r WHERE ";
	private static final String CURRENT = " AND h.myResourceVersion = r.myVersion AND r.myDeleted IS NULL";
	private static final String TAGS = "SELECT t.myResourceHistoryPid, d.myTagType, d.mySystem, d.myCode, d.myDisplay,"
			+ " d.myVersion, d.myUserSelected FROM ResourceHistoryTag t JOIN t.myTag d WHERE t.myResourceHistoryPid IN :versions";

	@PersistenceContext
	private EntityManager entityManager;

	private final TransactionTemplate transactions;
	private final FhirContext fhirContext;
	private final DaoRegistry daos;
	private final IMetaTagSorter metaTagSorter;
	private final PartitionSettings partitions;
	private final JpaStorageSettings storage;

	public StoredRows(TransactionTemplate transactions, FhirContext fhirContext, DaoRegistry daos, IMetaTagSorter metaTagSorter,
			PartitionSettings partitions, JpaStorageSettings storage) {
		this.transactions = transactions;
		this.fhirContext = fhirContext;
		this.daos = daos;
		this.metaTagSorter = metaTagSorter;
		this.partitions = partitions;
		this.storage = storage;
	}

	/**
	 * Why this reader cannot stand in for HAPI's on this server, if it cannot: it neither filters by partition nor
	 * reads tags kept unversioned or meta.source kept in the old provenance table.
	 */
	public Optional<String> unsupported() {
		if (partitions.isPartitioningEnabled()) {
			return Optional.of("partitioning is enabled");
		}
		if (storage.getTagStorageMode() != TagStorageModeEnum.VERSIONED) {
			return Optional.of("tags are stored " + storage.getTagStorageMode());
		}
		if (storage.isAccessMetaSourceInformationFromProvenanceTable()) {
			return Optional.of("meta.source is read from the provenance table");
		}
		return Optional.empty();
	}

	@Override
	public List<StoredResource> byIds(String type, Collection<String> ids) {
		return inChunks(ids, chunk -> entityManager.createQuery(COLUMNS + "r.myResourceType = :type AND r.myFhirId IN :ids" + CURRENT,
						Object[].class)
				.setParameter("type", type)
				.setParameter("ids", chunk));
	}

	/**
	 * Every resource of the record's types with a reference (of any search parameter) to one of the patients; of
	 * AuditEvents, only those where the patient is an agent (RecordQueries' query for them).
	 */
	@Override
	public List<StoredResource> referencing(Collection<? extends Resource> patients) {
		return inChunks(pids(patients), chunk -> entityManager.createQuery(COLUMNS + "h.myResourceId IN (SELECT l.mySourceResourcePid"
						+ " FROM ResourceLink l WHERE l.myTargetResourcePid IN :targets AND l.mySourceResourceType IN :types"
						+ " AND (l.mySourceResourceType <> 'AuditEvent' OR l.mySourcePath = 'AuditEvent.agent.who'))" + CURRENT,
						Object[].class)
				.setParameter("targets", chunk)
				.setParameter("types", RecordQueries.TYPES));
	}

	@Override
	public Map<String, List<StoredResource>> versions(Collection<? extends Resource> resources) {
		Map<String, List<StoredResource>> versions = new LinkedHashMap<>();
		inChunks(pids(resources), chunk -> entityManager.createQuery(COLUMNS + "h.myResourceId IN :pids AND h.myDeleted IS NULL"
						+ " ORDER BY h.myResourceId, h.myResourceVersion", Object[].class)
				.setParameter("pids", chunk))
				.forEach(row -> versions.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row));
		return versions;
	}

	/** The persistent ids this reader (and HAPI's) put on each resource it returns. */
	private static List<Long> pids(Collection<? extends Resource> resources) {
		return resources.stream().map(r -> IDao.RESOURCE_PID.get(r).getId()).toList();
	}

	private <K> List<StoredResource> inChunks(Collection<K> keys, Function<List<K>, TypedQuery<Object[]>> query) {
		List<K> distinct = keys.stream().distinct().toList();
		List<StoredResource> read = new ArrayList<>();
		for (int i = 0; i < distinct.size(); i += MAX_IDS) {
			List<K> chunk = distinct.subList(i, Math.min(distinct.size(), i + MAX_IDS));
			transactions.executeWithoutResult(status -> {
				List<Object[]> rows = query.apply(chunk).getResultList();
				Map<Long, List<Object[]>> tags = tags(rows);
				rows.forEach(row -> read.add(toResource(row, tags.getOrDefault((Long) row[7], List.of()))));
			});
		}
		return read;
	}

	/** The tag definitions of the versions flagged as having tags, in one query, by version pid. */
	private Map<Long, List<Object[]>> tags(List<Object[]> rows) {
		List<Long> tagged = rows.stream().filter(row -> (Boolean) row[8]).map(row -> (Long) row[7]).toList();
		Map<Long, List<Object[]>> tags = new HashMap<>();
		if (!tagged.isEmpty()) {
			entityManager.createQuery(TAGS, Object[].class).setParameter("versions", tagged).getResultList()
					.forEach(tag -> tags.computeIfAbsent((Long) tag[0], k -> new ArrayList<>()).add(tag));
		}
		return tags;
	}

	private StoredResource toResource(Object[] row, List<Object[]> tags) {
		long pid = (Long) row[0];
		String type = (String) row[1];
		String id = (String) row[2];
		String version = Long.toString((Long) row[3]);
		if (row[5] != ResourceEncodingEnum.JSON) {
			// Text kept compressed or elsewhere: let HAPI read that version.
			Resource resource = (Resource) daos.getResourceDao(type).read(new IdType(type, id, version), new SystemRequestDetails());
			return StoredResource.of(fhirContext, resource);
		}
		String json = (String) row[6];
		Class<? extends Resource> resourceType = fhirContext.getResourceDefinition(type).getImplementingClass().asSubclass(Resource.class);
		Resource resource = new TolerantJsonParser(fhirContext, JpaStorageResourceParser.LENIENT_ERROR_HANDLER, JpaPid.fromId(pid))
				.parseResource(resourceType, json);
		// What JpaStorageResourceParser adds to the stored text, in its order.
		resource.setId(new IdType(type, id, version));
		resource.getMeta().setVersionId(version).setLastUpdated((Date) row[4]);
		addTags(resource.getMeta(), tags);
		MetaUtil.populateResourceSource(fhirContext, (String) row[9], (String) row[10], resource);
		metaTagSorter.sort(resource.getMeta());
		// referencing() and versions() find the resource's rows by its persistent id, as HAPI's own results carry it.
		IDao.RESOURCE_PID.put(resource, JpaPid.fromId(pid));
		return StoredResource.of(resource, json);
	}

	/** Profiles, tags and security labels from their definitions, with the elements HAPI copies of each. */
	private static void addTags(Meta meta, List<Object[]> tags) {
		if (tags.isEmpty()) {
			return;
		}
		meta.getTag().clear();
		meta.getProfile().clear();
		meta.getSecurity().clear();
		for (Object[] tag : tags) {
			String system = (String) tag[2];
			String code = (String) tag[3];
			String display = (String) tag[4];
			switch ((TagTypeEnum) tag[1]) {
				case PROFILE -> meta.addProfile(code);
				case SECURITY_LABEL -> meta.addSecurity(new Coding(system, code, display));
				case TAG -> {
					Coding coding = meta.addTag().setSystem(system).setCode(code).setDisplay(display).setVersion((String) tag[5]);
					if (tag[6] != null) {
						coding.setUserSelected((Boolean) tag[6]);
					}
				}
			}
		}
	}
}
