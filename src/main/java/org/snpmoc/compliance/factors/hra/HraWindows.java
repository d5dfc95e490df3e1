package org.snpmoc.compliance.factors.hra;

import java.time.LocalDate;
import org.snpmoc.compliance.EvaluationContext;

/** Date and wording rules shared by the 2B checks. */
final class HraWindows {
	private HraWindows() {}

	/** From {@code opens} to {@code deadline}, both inclusive. */
	static boolean within(LocalDate date, LocalDate opens, LocalDate deadline) {
		return date != null && !date.isBefore(opens) && !date.isAfter(deadline);
	}

	static String noHra(EvaluationContext context) {
		return "no completed HRA at " + context.asOf();
	}

	static String noEnrollment(EvaluationContext context) {
		return "no active SNP enrollment (Coverage type snp-enrollment) at " + context.asOf();
	}
}
