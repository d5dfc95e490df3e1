package org.snpmoc.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.model.entity.StorageSettings.TagStorageModeEnum;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.ComplianceProperties.RecordReading;

/** The row reader is used only when asked for and only on the storage layout it reads like HAPI. */
class RecordReaderSelectionTest {
	private final HapiRecordReader hapi = new HapiRecordReader(null, null, null);

	@Test
	void rowsOnTheDefaultLayout() {
		StoredRows rows = rows(new PartitionSettings(), new JpaStorageSettings());
		assertThat(rows.unsupported()).isEmpty();
		assertThat(select(RecordReading.ROWS, rows)).isSameAs(rows);
		assertThat(select(RecordReading.HAPI, rows)).isSameAs(hapi);
	}

	@Test
	void hapiWhenPartitioned() {
		PartitionSettings partitioned = new PartitionSettings();
		partitioned.setPartitioningEnabled(true);
		StoredRows rows = rows(partitioned, new JpaStorageSettings());
		assertThat(rows.unsupported()).hasValue("partitioning is enabled");
		assertThat(select(RecordReading.ROWS, rows)).isSameAs(hapi);
	}

	@Test
	void hapiWhenTagsAreNotVersioned() {
		for (TagStorageModeEnum mode : new TagStorageModeEnum[] {TagStorageModeEnum.NON_VERSIONED, TagStorageModeEnum.INLINE}) {
			JpaStorageSettings storage = new JpaStorageSettings();
			storage.setTagStorageMode(mode);
			assertThat(select(RecordReading.ROWS, rows(new PartitionSettings(), storage))).isSameAs(hapi);
		}
	}

	@Test
	void hapiWhenSourceIsInTheProvenanceTable() {
		JpaStorageSettings storage = new JpaStorageSettings();
		storage.setAccessMetaSourceInformationFromProvenanceTable(true);
		assertThat(select(RecordReading.ROWS, rows(new PartitionSettings(), storage))).isSameAs(hapi);
	}

	private RecordReader select(RecordReading reading, StoredRows rows) {
		return new RecordReaderSelection().recordReader(new ComplianceProperties(250, 30, 300, reading), rows, hapi);
	}

	private static StoredRows rows(PartitionSettings partitions, JpaStorageSettings storage) {
		return new StoredRows(null, null, null, null, partitions, storage);
	}
}
