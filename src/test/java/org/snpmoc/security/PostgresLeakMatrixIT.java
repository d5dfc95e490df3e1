package org.snpmoc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.snpmoc.support.SecurePostgresServerTest;

class PostgresLeakMatrixIT extends SecurePostgresServerTest {
	@Test
	void aPatientTokenReachesNothingOfAnotherPatient() {
		LeakMatrix matrix = new LeakMatrix(smart);
		List<String> leaks = matrix.run(matrix.load());
		System.out.printf("Leak matrix (PostgreSQL): %d requests, %d leaks%n", matrix.requests(), leaks.size());
		assertThat(leaks).isEmpty();
	}
}
