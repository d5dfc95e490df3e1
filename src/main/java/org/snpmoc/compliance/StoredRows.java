package org.snpmoc.compliance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.IDao;
import ca.uhn.fhir.jpa.dao.IJpaStorageResourceParser;
import ca.uhn.fhir.jpa.model.entity.ResourceEncodingEnum;
import ca.uhn.fhir.jpa.model.entity.ResourceHistoryTable;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the current version of stored resources straight from HAPI's resource and version tables, without the
 * search layer: a plan-wide evaluation reads the records of thousands of beneficiaries, and HAPI's searches spend
 * more on their own bookkeeping than on the rows. Each resource comes with the staff, organization and location
 * references found in its stored JSON, so that nobody has to walk the parsed resource to find them.
 */
@Component
public class StoredRows {
	private static final int MAX_IDS = 1000;
	private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
	private static final String CURRENT = " h.myResourceVersion = r.myVersion AND r.myDeleted IS NULL";

	/** A stored resource, its persistent id, and the "Type/id" of the staff and settings it references. */
	public record Row(Resource resource, long pid, Set<String> references) {}

	@PersistenceContext
	private EntityManager entityManager;

	private final IJpaStorageResourceParser parser;
	private final TransactionTemplate transactions;
	private final FhirContext fhirContext;

	public StoredRows(IJpaStorageResourceParser parser, TransactionTemplate transactions, FhirContext fhirContext) {
		this.parser = parser;
		this.transactions = transactions;
		this.fhirContext = fhirContext;
	}

	/** The non-deleted resources of one type with the given ids; unknown ids are skipped. */
	public List<Row> byIds(String type, Collection<String> ids) {
		return inChunks(ids, chunk -> entityManager.createQuery("SELECT h FROM ResourceHistoryTable h JOIN FETCH h.myResourceTable r"
						+ " WHERE r.myResourceType = :type AND r.myFhirId IN :ids AND" + CURRENT, ResourceHistoryTable.class)
				.setParameter("type", type)
				.setParameter("ids", chunk));
	}

	/** The non-deleted resources of the given types that reference any of the target resources (by persistent id). */
	public List<Row> referencing(Collection<Long> targetPids, Collection<String> sourceTypes) {
		return inChunks(targetPids, chunk -> entityManager.createQuery("SELECT h FROM ResourceHistoryTable h JOIN FETCH h.myResourceTable r"
						+ " WHERE h.myResourceId IN (SELECT l.mySourceResourcePid FROM ResourceLink l"
						+ " WHERE l.myTargetResourcePid IN :targets AND l.mySourceResourceType IN :types) AND" + CURRENT,
						ResourceHistoryTable.class)
				.setParameter("targets", chunk)
				.setParameter("types", sourceTypes));
	}

	private <K> List<Row> inChunks(Collection<K> keys, Function<List<K>, TypedQuery<ResourceHistoryTable>> query) {
		List<K> distinct = keys.stream().distinct().toList();
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < distinct.size(); i += MAX_IDS) {
			List<K> chunk = distinct.subList(i, Math.min(distinct.size(), i + MAX_IDS));
			transactions.executeWithoutResult(status -> query.apply(chunk)
					.setHint("org.hibernate.readOnly", true)
					.getResultList()
					.forEach(row -> rows.add(toRow(row))));
		}
		return rows;
	}

	private Row toRow(ResourceHistoryTable row) {
		Class<? extends Resource> type = fhirContext.getResourceDefinition(row.getResourceType()).getImplementingClass()
				.asSubclass(Resource.class);
		Resource resource = parser.toResource(new SystemRequestDetails(), type, row, List.of(), false);
		// Later steps (the stored versions of revised ICPs) find rows by the persistent id, as on search results.
		IDao.RESOURCE_PID.put(resource, row.getResourceTable().getPersistentId());
		String json = row.getEncoding() == ResourceEncodingEnum.JSON ? row.getResourceTextVc() : null;
		Set<String> references = json != null ? referencesIn(json) : referencesIn(resource);
		return new Row(resource, row.getResourceTable().getPersistentId().getId(), references);
	}

	static Set<String> referencesIn(String json) {
		Set<String> keys = new LinkedHashSet<>();
		Matcher m = REFERENCE.matcher(json);
		while (m.find()) {
			addIfReferenced(keys, new Reference(m.group(1)));
		}
		return keys;
	}

	/** For text that is not plain JSON in the table (compressed or stored elsewhere): walk the parsed resource. */
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
