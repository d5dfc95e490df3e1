package org.snpmoc.compliance;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The record reader {@code moc.compliance.record-reader} asks for. The row reader only where it returns what HAPI
 * would: on a storage layout it does not read (partitions, unversioned tags), HAPI's searches stand in.
 */
@Configuration
class RecordReaderSelection {
	private static final Logger log = LoggerFactory.getLogger(RecordReaderSelection.class);

	@Bean
	@Primary
	RecordReader recordReader(ComplianceProperties properties, StoredRows rows, HapiRecordReader hapi) {
		if (properties.recordReader() == ComplianceProperties.RecordReading.HAPI) {
			return hapi;
		}
		Optional<String> unsupported = rows.unsupported();
		if (unsupported.isPresent()) {
			log.warn("moc.compliance.record-reader=rows: records are read through HAPI's searches, because {}", unsupported.get());
			return hapi;
		}
		return rows;
	}
}
