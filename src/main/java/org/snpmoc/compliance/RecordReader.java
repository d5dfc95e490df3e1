package org.snpmoc.compliance;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Resource;

/**
 * How {@link PatientRecordLoader} reads stored resources. {@link HapiRecordReader} goes through HAPI's searches and
 * is the reference; {@link StoredRows} reads HAPI's tables directly for speed and must return exactly what the
 * reference returns (RecordReaderContractIT). Every method returns current, non-deleted resources as HAPI would
 * serve them (id with version, meta.versionId, lastUpdated, source, profiles, tags and security labels).
 */
interface RecordReader {

	/** The resources of one type with the given ids; unknown and deleted ids are skipped. */
	List<StoredResource> byIds(String type, Collection<String> ids);

	/**
	 * The resources of the record's types ({@link RecordQueries}) that refer to any of the patients, at least those
	 * its searches find; the caller assigns each to its beneficiaries by {@link RecordQueries.Query#patientKeys}.
	 */
	List<StoredResource> referencing(Collection<? extends Resource> patients);

	/** Every stored, non-deleted version of each resource, oldest first, by "Type/id". */
	Map<String, List<StoredResource>> versions(Collection<? extends Resource> resources);
}
