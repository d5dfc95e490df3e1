package org.snpmoc.compliance;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.HRA;

import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.param.TokenParam;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.snpmoc.hra.HraTools;
import org.springframework.stereotype.Component;

/**
 * Reads beneficiaries' records for the factor checks in a fixed number of bulk queries, however many
 * beneficiaries are asked for: the patients, every resource of the record's types that references them, two
 * passes for the staff, organizations and settings those reference, the stored versions of revised CarePlans,
 * and the HRA tools.
 */
@Component
public class PatientRecordLoader {
	private final FhirStore store;
	private final StoredRows rows;
	private final HraTools hraTools;

	public PatientRecordLoader(FhirStore store, StoredRows rows, HraTools hraTools) {
		this.store = store;
		this.rows = rows;
		this.hraTools = hraTools;
	}

	/** One beneficiary's record; a missing Patient raises HAPI's 404 (or 410 when deleted). */
	public PatientRecord load(String patientId) {
		List<PatientRecord> found = loadBatch(List.of(patientId), new HashMap<>());
		if (found.isEmpty()) {
			// Only HAPI's own read tells a missing Patient from a deleted one.
			store.read(Patient.class, patientId);
		}
		return found.get(0);
	}

	/**
	 * The records of many beneficiaries at once, in the order of {@code patientIds} (unknown ids are skipped).
	 *
	 * @param referenced staff, organizations and locations already read, by "Type/id" (null when not stored);
	 *                   filled as they are read, so that a run over many batches reads each only once
	 */
	public List<PatientRecord> loadBatch(List<String> patientIds, Map<String, StoredRows.Row> referenced) {
		Map<String, StoredRows.Row> patients = new HashMap<>();
		rows.byIds("Patient", patientIds).forEach(row -> patients.put(row.resource().getIdElement().getIdPart(), row));
		Map<Long, String> keyByPid = new HashMap<>();
		Map<String, List<StoredRows.Row>> own = new LinkedHashMap<>();
		for (String id : patientIds) {
			StoredRows.Row patient = patients.get(id);
			if (patient != null && !own.containsKey(PatientRecord.key(patient.resource()))) {
				keyByPid.put(patient.pid(), PatientRecord.key(patient.resource()));
				own.put(PatientRecord.key(patient.resource()), new ArrayList<>());
			}
		}
		for (StoredRows.Row found : rows.referencing(keyByPid.keySet(), RecordQueries.TYPES)) {
			RecordQueries.forType(found.resource().fhirType()).patientKeys(found.resource()).stream()
					.filter(own::containsKey).forEach(k -> own.get(k).add(found));
		}
		resolveReferenced(own.values().stream().flatMap(List::stream).toList(), referenced);
		List<Resource> tools = hraTools();
		List<Long> revisedPlans = own.values().stream().flatMap(List::stream)
				.filter(r -> r.resource() instanceof CarePlan plan && isRevised(plan)).map(StoredRows.Row::pid).toList();
		Map<Long, List<StoredRows.Row>> revised = rows.versions(revisedPlans);

		List<PatientRecord> records = new ArrayList<>();
		for (String id : patientIds) {
			StoredRows.Row patient = patients.get(id);
			List<StoredRows.Row> found = patient == null ? null : own.remove(PatientRecord.key(patient.resource()));
			if (found == null) {
				continue;
			}
			List<Resource> resources = new ArrayList<>(found.stream().map(StoredRows.Row::resource).toList());
			Set<String> keys = new LinkedHashSet<>();
			found.forEach(r -> keys.addAll(r.references()));
			new ArrayList<>(keys).stream().map(referenced::get).filter(r -> r != null).forEach(r -> keys.addAll(r.references()));
			keys.stream().map(referenced::get).filter(r -> r != null).forEach(r -> resources.add(r.resource()));
			resources.addAll(tools);
			records.add(new PatientRecord((Patient) patient.resource(), resources, carePlanVersions(found, revised)));
		}
		return records;
	}

	/** Reads what the resources reference (staff, organizations, locations), then what those reference in turn. */
	private void resolveReferenced(List<StoredRows.Row> found, Map<String, StoredRows.Row> referenced) {
		Set<String> missing = new LinkedHashSet<>();
		found.forEach(r -> missing.addAll(r.references()));
		for (int hop = 0; hop < 2 && !missing.isEmpty(); hop++) {
			missing.removeAll(referenced.keySet());
			List<StoredRows.Row> read = readAll(missing);
			read.forEach(r -> referenced.put(PatientRecord.key(r.resource()), r));
			// Remember what does not exist too, so later batches do not ask again.
			missing.forEach(k -> referenced.putIfAbsent(k, null));
			missing.clear();
			read.forEach(r -> missing.addAll(r.references()));
		}
	}

	private List<StoredRows.Row> readAll(Collection<String> keys) {
		Map<String, List<String>> idsByType = new LinkedHashMap<>();
		keys.forEach(k -> idsByType.computeIfAbsent(k.substring(0, k.indexOf('/')), t -> new ArrayList<>())
				.add(k.substring(k.indexOf('/') + 1)));
		List<StoredRows.Row> read = new ArrayList<>();
		idsByType.forEach((type, ids) -> read.addAll(rows.byIds(type, ids)));
		return read;
	}

	/**
	 * Every stored version of the record's CarePlans, oldest first: a plan at version 1 is its own history. Rows
	 * carry their version in the id, so evidence can point at "CarePlan/id/_history/n".
	 */
	private static List<CarePlan> carePlanVersions(List<StoredRows.Row> found, Map<Long, List<StoredRows.Row>> revised) {
		List<CarePlan> versions = new ArrayList<>();
		for (StoredRows.Row row : found) {
			if (row.resource() instanceof CarePlan) {
				revised.getOrDefault(row.pid(), List.of(row)).forEach(v -> versions.add((CarePlan) v.resource()));
			}
		}
		return versions;
	}

	private static boolean isRevised(CarePlan plan) {
		return !"1".equals(plan.getIdElement().getVersionIdPart());
	}

	/** The plan's HRA tools, which every record carries so that the checks can tell HRAs from other responses. */
	private List<Resource> hraTools() {
		return List.copyOf(hraTools.all());
	}
}
