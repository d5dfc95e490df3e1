package org.snpmoc.compliance;

import ca.uhn.fhir.jpa.api.dao.IDao;
import ca.uhn.fhir.jpa.dao.IJpaStorageResourceParser;
import ca.uhn.fhir.jpa.model.dao.JpaPid;
import ca.uhn.fhir.jpa.model.entity.ResourceHistoryTable;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every stored version of many resources in one query on HAPI's version table, instead of one history search per
 * resource: a plan-wide evaluation reads the ICP revisions of thousands of beneficiaries this way.
 */
@Component
public class StoredVersions {
	private static final int MAX_IDS = 1000;

	@PersistenceContext
	private EntityManager entityManager;

	private final IJpaStorageResourceParser parser;
	private final TransactionTemplate transactions;

	public StoredVersions(IJpaStorageResourceParser parser, TransactionTemplate transactions) {
		this.parser = parser;
		this.transactions = transactions;
	}

	/**
	 * The non-deleted versions of each resource, oldest first, by "Type/id". Resources that were not read from
	 * this server's store (no persistent id) are left out; callers fall back to a history search for them.
	 */
	public <T extends Resource> Map<String, List<T>> of(Class<T> type, Collection<T> current) {
		Map<Long, String> keyByPid = new HashMap<>();
		for (T resource : current) {
			JpaPid pid = IDao.RESOURCE_PID.get(resource);
			if (pid != null) {
				keyByPid.put(pid.getId(), PatientRecord.key(resource));
			}
		}
		Map<String, List<T>> versions = new LinkedHashMap<>();
		List<Long> pids = new ArrayList<>(keyByPid.keySet());
		for (int i = 0; i < pids.size(); i += MAX_IDS) {
			List<Long> chunk = pids.subList(i, Math.min(pids.size(), i + MAX_IDS));
			transactions.executeWithoutResult(status -> read(type, chunk).forEach(row -> {
				T parsed = parser.toResource(new SystemRequestDetails(), type, row, List.of(), true);
				versions.computeIfAbsent(keyByPid.get(row.getResourceId().getId()), k -> new ArrayList<>()).add(parsed);
			}));
		}
		return versions;
	}

	private List<ResourceHistoryTable> read(Class<? extends Resource> type, List<Long> pids) {
		return entityManager.createQuery("SELECT h FROM ResourceHistoryTable h JOIN FETCH h.myResourceTable"
						+ " WHERE h.myResourceId IN :pids AND h.myDeleted IS NULL ORDER BY h.myResourceId, h.myResourceVersion",
						ResourceHistoryTable.class)
				.setParameter("pids", pids)
				.getResultList();
	}
}
