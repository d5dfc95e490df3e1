package org.snpmoc.compliance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.IDao;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.dao.JpaStorageResourceParser;
import ca.uhn.fhir.jpa.model.dao.JpaPid;
import ca.uhn.fhir.jpa.model.entity.ResourceEncodingEnum;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads stored resources straight from HAPI's resource and version tables, as plain columns rather than entities
 * and without the search layer: a plan-wide evaluation reads the records of thousands of beneficiaries, and both
 * HAPI's searches and Hibernate's entity bookkeeping cost more than parsing the rows. Each resource comes with the
 * staff, organization and location references found in its stored JSON, so that nobody has to walk the parsed
 * resource to find them.
 */
@Component
public class StoredRows {
	private static final int MAX_IDS = 1000;
	private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
	private static final String COLUMNS = "SELECT h.myResourceId, r.myResourceType, r.myFhirId, h.myResourceVersion, h.myUpdated,"
			+ " h.myEncoding, h.myResourceTextVc FROM ResourceHistoryTable h JOIN h.myResourceTable r WHERE ";
	private static final String CURRENT = " AND h.myResourceVersion = r.myVersion AND r.myDeleted IS NULL";

	/** A stored resource, its persistent id, and the "Type/id" of the staff and settings it references. */
	public record Row(Resource resource, long pid, Set<String> references) {}

	@PersistenceContext
	private EntityManager entityManager;

	private final TransactionTemplate transactions;
	private final FhirContext fhirContext;
	private final DaoRegistry daos;

	public StoredRows(TransactionTemplate transactions, FhirContext fhirContext, DaoRegistry daos) {
		this.transactions = transactions;
		this.fhirContext = fhirContext;
		this.daos = daos;
	}

	/** The current versions of the non-deleted resources of one type with the given ids; unknown ids are skipped. */
	public List<Row> byIds(String type, Collection<String> ids) {
		return inChunks(ids, chunk -> entityManager.createQuery(COLUMNS + "r.myResourceType = :type AND r.myFhirId IN :ids" + CURRENT,
						Object[].class)
				.setParameter("type", type)
				.setParameter("ids", chunk));
	}

	/** The current versions of the non-deleted resources of the given types that reference any of the targets. */
	public List<Row> referencing(Collection<Long> targetPids, Collection<String> sourceTypes) {
		return inChunks(targetPids, chunk -> entityManager.createQuery(COLUMNS + "h.myResourceId IN (SELECT l.mySourceResourcePid"
						+ " FROM ResourceLink l WHERE l.myTargetResourcePid IN :targets AND l.mySourceResourceType IN :types)" + CURRENT,
						Object[].class)
				.setParameter("targets", chunk)
				.setParameter("types", sourceTypes));
	}

	/** Every non-deleted stored version of the given resources, oldest first, by persistent id. */
	public Map<Long, List<Row>> versions(Collection<Long> pids) {
		Map<Long, List<Row>> versions = new LinkedHashMap<>();
		inChunks(pids, chunk -> entityManager.createQuery(COLUMNS + "h.myResourceId IN :pids AND h.myDeleted IS NULL"
						+ " ORDER BY h.myResourceId, h.myResourceVersion", Object[].class)
				.setParameter("pids", chunk))
				.forEach(row -> versions.computeIfAbsent(row.pid(), k -> new ArrayList<>()).add(row));
		return versions;
	}

	private <K> List<Row> inChunks(Collection<K> keys, Function<List<K>, TypedQuery<Object[]>> query) {
		List<K> distinct = keys.stream().distinct().toList();
		List<Row> rows = new ArrayList<>();
		IParser parser = fhirContext.newJsonParser().setParserErrorHandler(JpaStorageResourceParser.LENIENT_ERROR_HANDLER);
		for (int i = 0; i < distinct.size(); i += MAX_IDS) {
			List<K> chunk = distinct.subList(i, Math.min(distinct.size(), i + MAX_IDS));
			List<Object[]> columns = transactions.execute(status -> query.apply(chunk).getResultList());
			columns.forEach(c -> rows.add(toRow(parser, c)));
		}
		return rows;
	}

	private Row toRow(IParser parser, Object[] c) {
		long pid = (Long) c[0];
		String type = (String) c[1];
		String id = (String) c[2];
		long version = (Long) c[3];
		String json = c[5] == ResourceEncodingEnum.JSON ? (String) c[6] : null;
		Resource resource;
		Set<String> references;
		if (json != null) {
			resource = (Resource) parser.parseResource(json);
			resource.setId(new IdType(type, id, Long.toString(version)));
			resource.getMeta().setVersionId(Long.toString(version)).setLastUpdated((Date) c[4]);
			references = referencesIn(json);
		} else {
			// Text kept compressed or elsewhere: let HAPI read that version.
			resource = (Resource) daos.getResourceDao(type).read(new IdType(type, id, Long.toString(version)), new SystemRequestDetails());
			references = referencesIn(resource);
		}
		// Later steps (the stored versions of revised ICPs) find rows by the persistent id.
		IDao.RESOURCE_PID.put(resource, JpaPid.fromId(pid));
		return new Row(resource, pid, references);
	}

	static Set<String> referencesIn(String json) {
		Set<String> keys = new LinkedHashSet<>();
		Matcher m = REFERENCE.matcher(json);
		while (m.find()) {
			addIfReferenced(keys, new Reference(m.group(1)));
		}
		return keys;
	}

	private Set<String> referencesIn(Resource resource) {
		Set<String> keys = new LinkedHashSet<>();
		fhirContext.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class).forEach(ref -> addIfReferenced(keys, ref));
		return keys;
	}

	private static void addIfReferenced(Set<String> keys, Reference reference) {
		String key = PatientRecord.key(reference);
		if (!key.isEmpty() && RecordQueries.REFERENCED_TYPES.contains(key.substring(0, key.indexOf('/')))) {
			keys.add(key);
		}
	}
}
