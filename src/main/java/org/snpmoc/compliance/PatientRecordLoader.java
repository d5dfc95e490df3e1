package org.snpmoc.compliance;

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
 * Reads beneficiaries' records for the factor checks in a fixed number of bulk reads, however many beneficiaries
 * are asked for: the patients, every resource of the record's types that references them, two passes for the
 * staff, organizations and settings those reference, the stored versions of revised CarePlans, and the HRA tools.
 * The reads go through a {@link RecordReader}, HAPI's table rows or its searches ({@code moc.compliance.record-reader}).
 */
@Component
public class PatientRecordLoader implements PatientRecords {
	private final FhirStore store;
	private final RecordReader reader;
	private final HraTools hraTools;

	public PatientRecordLoader(FhirStore store, RecordReader reader, HraTools hraTools) {
		this.store = store;
		this.reader = reader;
		this.hraTools = hraTools;
	}

	@Override
	public PatientRecord load(String patientId) {
		List<PatientRecord> found = loadBatch(List.of(patientId), new HashMap<>());
		if (found.isEmpty()) {
			// Only HAPI's own read tells a missing Patient from a deleted one.
			store.read(Patient.class, patientId);
		}
		return found.get(0);
	}

	@Override
	public Batches batches() {
		Map<String, StoredResource> referenced = new HashMap<>();
		return patientIds -> loadBatch(patientIds, referenced);
	}

	/**
	 * @param referenced staff, organizations and locations already read, by "Type/id" (null when not stored);
	 *                   filled as they are read, so that a run over many batches reads each only once
	 */
	private List<PatientRecord> loadBatch(List<String> patientIds, Map<String, StoredResource> referenced) {
		Map<String, StoredResource> patients = new HashMap<>();
		reader.byIds("Patient", patientIds).forEach(p -> patients.put(p.resource().getIdElement().getIdPart(), p));
		Map<String, List<StoredResource>> own = new LinkedHashMap<>();
		List<Resource> found = new ArrayList<>();
		for (String id : patientIds) {
			StoredResource patient = patients.get(id);
			if (patient != null && own.putIfAbsent(patient.key(), new ArrayList<>()) == null) {
				found.add(patient.resource());
			}
		}
		for (StoredResource r : found.isEmpty() ? List.<StoredResource>of() : reader.referencing(found)) {
			RecordQueries.forType(r.resource().fhirType()).patientKeys(r.resource()).stream()
					.filter(own::containsKey).forEach(k -> own.get(k).add(r));
		}
		resolveReferenced(own.values().stream().flatMap(List::stream).toList(), referenced);
		List<Resource> tools = hraTools();
		List<Resource> revisedPlans = own.values().stream().flatMap(List::stream).map(StoredResource::resource)
				.filter(r -> r instanceof CarePlan plan && isRevised(plan)).toList();
		Map<String, List<StoredResource>> revised = revisedPlans.isEmpty() ? Map.of() : reader.versions(revisedPlans);

		List<PatientRecord> records = new ArrayList<>();
		for (String id : patientIds) {
			StoredResource patient = patients.get(id);
			List<StoredResource> record = patient == null ? null : own.remove(patient.key());
			if (record == null) {
				continue;
			}
			List<Resource> resources = new ArrayList<>(record.stream().map(StoredResource::resource).toList());
			Set<String> keys = new LinkedHashSet<>();
			record.forEach(r -> keys.addAll(r.references()));
			new ArrayList<>(keys).stream().map(referenced::get).filter(r -> r != null).forEach(r -> keys.addAll(r.references()));
			keys.stream().map(referenced::get).filter(r -> r != null).forEach(r -> resources.add(r.resource()));
			resources.addAll(tools);
			records.add(new PatientRecord((Patient) patient.resource(), resources, carePlanVersions(record, revised)));
		}
		return records;
	}

	/** Reads what the resources reference (staff, organizations, locations), then what those reference in turn. */
	private void resolveReferenced(List<StoredResource> found, Map<String, StoredResource> referenced) {
		Set<String> missing = new LinkedHashSet<>();
		found.forEach(r -> missing.addAll(r.references()));
		for (int hop = 0; hop < 2 && !missing.isEmpty(); hop++) {
			missing.removeAll(referenced.keySet());
			List<StoredResource> read = readAll(missing);
			read.forEach(r -> referenced.put(r.key(), r));
			// Remember what does not exist too, so later batches do not ask again.
			missing.forEach(k -> referenced.putIfAbsent(k, null));
			missing.clear();
			read.forEach(r -> missing.addAll(r.references()));
		}
	}

	private List<StoredResource> readAll(Collection<String> keys) {
		Map<String, List<String>> idsByType = new LinkedHashMap<>();
		keys.forEach(k -> idsByType.computeIfAbsent(k.substring(0, k.indexOf('/')), t -> new ArrayList<>())
				.add(k.substring(k.indexOf('/') + 1)));
		List<StoredResource> read = new ArrayList<>();
		idsByType.forEach((type, ids) -> read.addAll(reader.byIds(type, ids)));
		return read;
	}

	/**
	 * Every stored version of the record's CarePlans, oldest first: a plan at version 1 is its own history. Rows
	 * carry their version in the id, so evidence can point at "CarePlan/id/_history/n".
	 */
	private static List<CarePlan> carePlanVersions(List<StoredResource> found, Map<String, List<StoredResource>> revised) {
		List<CarePlan> versions = new ArrayList<>();
		for (StoredResource r : found) {
			if (r.resource() instanceof CarePlan) {
				revised.getOrDefault(r.key(), List.of(r)).forEach(v -> versions.add((CarePlan) v.resource()));
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
