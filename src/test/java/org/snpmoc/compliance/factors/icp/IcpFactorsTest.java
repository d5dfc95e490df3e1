package org.snpmoc.compliance.factors.icp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.MocPolicy;

class IcpFactorsTest {

	@Test
	void buildsOneCheckPerFactorOfElement2C() {
		assertThat(IcpFactors.create(new MocPolicy())).extracting(FactorEvaluator::factor)
				.containsExactly("2C.1", "2C.2", "2C.3", "2C.4", "2C.5");
	}
}
