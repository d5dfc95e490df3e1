package org.snpmoc.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.snpmoc.support.SecureH2ServerTest;

/** With access control on, ADT messages over HTTP need a staff or system token that creates and updates Encounter. */
class Hl7v2AccessIT extends SecureH2ServerTest {
	private static final String ADMIT = AdtMessages.adt("2.5.1", "A01", "SEC-1", "Z123^^^NOWHERE^MR", "I", "", "V-SEC-1", "",
			"", "20260601081500", "", "20260601083000");

	@Test
	void withoutATokenItIs401() {
		HttpResponse<String> response = smart.sendRaw("POST", "/hl7v2", ADMIT, "x-application/hl7-v2+er7", null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).doesNotContain("MSA|");
	}

	@Test
	void aTokenThatOnlyReadsIs403AndOneThatWritesEncountersGetsTheAcknowledgment() {
		HttpResponse<String> reader = smart.sendRaw("POST", "/hl7v2", ADMIT, "x-application/hl7-v2+er7",
				smart.systemToken("system/*.rs"));
		assertThat(reader.statusCode()).isEqualTo(403);
		assertThat(reader.body()).contains("OperationOutcome").contains("creates and updates Encounter");

		HttpResponse<String> writer = smart.sendRaw("POST", "/hl7v2", ADMIT, "x-application/hl7-v2+er7",
				smart.systemToken("system/*.cruds"));
		assertThat(writer.statusCode()).isEqualTo(200);
		// No member identifier systems are set on this server: nobody can be matched, nothing is stored.
		assertThat(AdtMessages.msa(writer.body(), 1)).isEqualTo("AE");
		assertThat(AdtMessages.msa(writer.body(), 3)).startsWith("unknown member");
	}
}
