package org.snpmoc.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorResponseInterceptorTest {

	@Test
	void classNamesArePulledOutOfMessages() {
		assertThat(ErrorResponseInterceptor.clean(
				"HAPI-0389: Failed to call access method: org.springframework.dao.InvalidDataAccessApiUsageException: Offset must be a positive integer"))
				.isEqualTo("HAPI-0389: Failed to call access method: Offset must be a positive integer");
	}

	@Test
	void aMessageQuotingTheDatabaseIsReplaced() {
		String cleaned = ErrorResponseInterceptor.clean("HAPI-0550: could not execute statement [Value too long for column "
				+ "\"SP_VALUE_NORMALIZED CHARACTER VARYING(200)\"; SQL statement: insert into HFJ_SPIDX_STRING (...)]");
		assertThat(cleaned).doesNotContainIgnoringCase("sql").doesNotContain("VARYING", "HFJ_");
	}

	@Test
	void filePathsAreRemovedAndFhirTextIsKept() {
		assertThat(ErrorResponseInterceptor.clean("Cannot open /tmp/data/moc-fhir.mv.db")).isEqualTo("Cannot open [path]");
		String fhir = "Patient.gender: 'robot' is not in http://hl7.org/fhir/ValueSet/administrative-gender|4.0.1";
		assertThat(ErrorResponseInterceptor.clean(fhir)).isEqualTo(fhir);
	}
}
