package org.snpmoc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.snpmoc.support.SecureH2ServerTest;

class H2LeakMatrixIT extends SecureH2ServerTest {
	@Test
	void aPatientTokenReachesNothingOfAnotherPatient() {
		LeakMatrix matrix = new LeakMatrix(smart);
		List<String> leaks = matrix.run(matrix.load());
		System.out.printf("Leak matrix (H2): %d requests, %d leaks%n", matrix.requests(), leaks.size());
		assertThat(leaks).isEmpty();
	}
}
