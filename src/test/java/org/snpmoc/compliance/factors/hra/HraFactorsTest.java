package org.snpmoc.compliance.factors.hra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.MocPolicy;

class HraFactorsTest {

	@Test
	void buildsOneCheckPerFactorOfElement2B() {
		assertThat(HraFactors.create(new MocPolicy())).extracting(FactorEvaluator::factor)
				.containsExactly("2B.1", "2B.2", "2B.3", "2B.4");
	}
}
