package org.snpmoc.compliance;

import java.util.List;

/** Where the factor checks get beneficiaries' records from: one at a time, or a batch at a time for the whole plan. */
public interface PatientRecords {

	/** One beneficiary's record; a missing Patient raises HAPI's 404 (or 410 when deleted). */
	PatientRecord load(String patientId);

	/**
	 * A reader of consecutive batches, for one thread: staff, organizations and locations read for one batch are
	 * not read again for the next.
	 */
	Batches batches();

	interface Batches {
		/** The records of many beneficiaries, in the order of {@code patientIds}; unknown ids are skipped. */
		List<PatientRecord> load(List<String> patientIds);
	}
}
