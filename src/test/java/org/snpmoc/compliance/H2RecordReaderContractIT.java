package org.snpmoc.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.snpmoc.audit.AuditTrail;
import org.snpmoc.hra.HraTools;
import org.snpmoc.support.H2ServerTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The row reader returns the records HAPI's searches return, on H2 (see {@link RecordReaderContract}). */
class H2RecordReaderContractIT extends H2ServerTest {
	@Autowired
	private FhirStore store;
	@Autowired
	private HapiRecordReader hapi;
	@Autowired
	private StoredRows rows;
	@Autowired
	private HraTools tools;
	@Autowired
	private AuditTrail trail;
	@Autowired
	private RecordReader selected;

	@Test
	void rowReaderReturnsWhatHapiServes() {
		assertThat(rows.unsupported()).isEmpty();
		assertThat(selected).as("the reader the server uses").isSameAs(rows);
		new RecordReaderContract(client, store, hapi, rows, tools, trail).verify();
	}
}
