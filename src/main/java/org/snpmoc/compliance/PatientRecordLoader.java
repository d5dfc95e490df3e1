package org.snpmoc.compliance;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.HRA;

import ca.uhn.fhir.context.FhirContext;
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
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * Reads beneficiaries' records for the factor checks in a fixed number of bulk searches, however many
 * beneficiaries are asked for: one search per resource type of the record (references OR-ed), two passes for the
 * staff, organizations and settings they reference, the stored versions of revised CarePlans, and the HRA tools.
 */
@Component
public class PatientRecordLoader {
	private static final Duration HRA_TOOLS_TTL = Duration.ofMinutes(1);

	private final FhirStore store;
	private final StoredVersions storedVersions;
	private final FhirContext fhirContext;
	private volatile CachedTools hraTools = new CachedTools(List.of(), Instant.EPOCH);

	private record CachedTools(List<Resource> tools, Instant loaded) {}

	public PatientRecordLoader(FhirStore store, StoredVersions storedVersions, FhirContext fhirContext) {
		this.store = store;
		this.storedVersions = storedVersions;
		this.fhirContext = fhirContext;
	}

	/** One beneficiary's record; a missing Patient raises HAPI's 404 (or 410 when deleted). */
	public PatientRecord load(String patientId) {
		Patient patient = store.read(Patient.class, patientId);
		return load(List.of(patient), new LinkedHashMap<>()).get(0);
	}

	/**
	 * The records of many beneficiaries at once, in the order of {@code patientIds} (unknown ids are skipped).
	 *
	 * @param referenced staff, organizations and locations already read, by "Type/id"; filled as they are read,
	 *                   so that a run over many batches reads each only once
	 */
	public List<PatientRecord> loadBatch(List<String> patientIds, Map<String, Resource> referenced) {
		List<Patient> patients = store.byIds("Patient", patientIds).stream().map(Patient.class::cast).toList();
		return load(patients, referenced);
	}

	private List<PatientRecord> load(List<Patient> patients, Map<String, Resource> referenced) {
		Map<String, List<Resource>> own = new LinkedHashMap<>();
		patients.forEach(p -> own.put(PatientRecord.key(p), new ArrayList<>()));
		for (RecordQueries.Query query : RecordQueries.ALL) {
			String type = fhirContext.getResourceType(query.type());
			for (Resource found : store.searchByReference(type, query.param(), own.keySet())) {
				query.patientKeys(found).stream().filter(own::containsKey).forEach(k -> own.get(k).add(found));
			}
		}
		resolveReferenced(own.values().stream().flatMap(List::stream).toList(), referenced);
		List<Resource> tools = hraTools();
		List<CarePlan> revisedPlans = own.values().stream().flatMap(List::stream)
				.filter(r -> r instanceof CarePlan plan && isRevised(plan)).map(CarePlan.class::cast).toList();
		Map<String, List<CarePlan>> revised = storedVersions.of(CarePlan.class, revisedPlans);

		List<PatientRecord> records = new ArrayList<>();
		// The same staff and organizations recur across a batch's records: walk each of them once.
		Map<String, Set<String>> secondHop = new HashMap<>();
		for (Patient patient : patients) {
			List<Resource> resources = new ArrayList<>(own.get(PatientRecord.key(patient)));
			Set<String> firstHop = referencedKeys(resources);
			Set<String> keys = new LinkedHashSet<>(firstHop);
			firstHop.stream().filter(k -> referenced.get(k) != null)
					.forEach(k -> keys.addAll(secondHop.computeIfAbsent(k, x -> referencedKeys(List.of(referenced.get(x))))));
			keys.stream().map(referenced::get).filter(r -> r != null).forEach(resources::add);
			resources.addAll(tools);
			records.add(new PatientRecord(patient, resources, carePlanVersions(resources, revised)));
		}
		return records;
	}

	/** Reads what the resources reference (staff, organizations, locations), then what those reference in turn. */
	private void resolveReferenced(List<Resource> resources, Map<String, Resource> referenced) {
		Set<String> missing = new LinkedHashSet<>(referencedKeys(resources));
		for (int hop = 0; hop < 2 && !missing.isEmpty(); hop++) {
			missing.removeAll(referenced.keySet());
			List<Resource> read = readAll(missing);
			read.forEach(r -> referenced.put(PatientRecord.key(r), r));
			// Remember what does not exist too, so later batches do not ask again.
			missing.forEach(k -> referenced.putIfAbsent(k, null));
			missing = new LinkedHashSet<>(referencedKeys(read));
		}
	}

	private List<Resource> readAll(Collection<String> keys) {
		Map<String, List<String>> idsByType = new LinkedHashMap<>();
		keys.forEach(k -> idsByType.computeIfAbsent(k.substring(0, k.indexOf('/')), t -> new ArrayList<>())
				.add(k.substring(k.indexOf('/') + 1)));
		List<Resource> read = new ArrayList<>();
		idsByType.forEach((type, ids) -> read.addAll(store.byIds(type, ids)));
		return read;
	}

	/** "Type/id" of every literal reference to a staff, organization or location resource. */
	private Set<String> referencedKeys(Collection<Resource> resources) {
		Set<String> keys = new LinkedHashSet<>();
		var terser = fhirContext.newTerser();
		for (Resource resource : resources) {
			for (Reference ref : terser.getAllPopulatedChildElementsOfType(resource, Reference.class)) {
				String key = PatientRecord.key(ref);
				if (!key.isEmpty() && RecordQueries.REFERENCED_TYPES.contains(key.substring(0, key.indexOf('/')))) {
					keys.add(key);
				}
			}
		}
		return keys;
	}

	/**
	 * Every stored version of the record's CarePlans: a plan at version 1 is its own history; the versions of
	 * revised plans come from {@code revised}, read for the whole batch at once.
	 */
	private List<CarePlan> carePlanVersions(List<Resource> resources, Map<String, List<CarePlan>> revised) {
		List<CarePlan> versions = new ArrayList<>();
		for (Resource r : resources) {
			if (r instanceof CarePlan plan) {
				List<CarePlan> history = revised.get(PatientRecord.key(plan));
				if (history != null) {
					history.forEach(v -> versions.add(withVersionInId(v)));
				} else if (isRevised(plan)) {
					store.history(plan.getIdElement()).forEach(v -> versions.add(withVersionInId((CarePlan) v)));
				} else {
					versions.add(withVersionInId(plan));
				}
			}
		}
		return versions;
	}

	private static boolean isRevised(CarePlan plan) {
		String version = version(plan);
		return version != null && !"1".equals(version);
	}

	private static String version(Resource resource) {
		return resource.getIdElement().hasVersionIdPart() ? resource.getIdElement().getVersionIdPart() : resource.getMeta().getVersionId();
	}

	/** A copy whose id names its version, so that evidence can point at "CarePlan/id/_history/n". */
	private static CarePlan withVersionInId(CarePlan plan) {
		String version = version(plan);
		if (version == null || plan.getIdElement().hasVersionIdPart()) {
			return plan;
		}
		CarePlan copy = plan.copy();
		copy.setIdElement(new org.hl7.fhir.r4.model.IdType("CarePlan", plan.getIdElement().getIdPart(), version));
		return copy;
	}

	/** The HRA Questionnaires (code moc-artifact#hra), read at most once a minute. */
	private List<Resource> hraTools() {
		CachedTools cached = hraTools;
		if (cached.loaded().plus(HRA_TOOLS_TTL).isBefore(Instant.now())) {
			List<Resource> tools = store.search("Questionnaire", new SearchParameterMap().add("code", new TokenParam(CS_ARTIFACT, HRA)));
			cached = new CachedTools(tools, Instant.now());
			hraTools = cached;
		}
		return cached.tools();
	}
}
