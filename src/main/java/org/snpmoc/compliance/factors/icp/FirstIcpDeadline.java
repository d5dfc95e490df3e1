package org.snpmoc.compliance.factors.icp;

import java.time.LocalDate;
import java.util.Optional;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.MocPolicy;

/**
 * When the first ICP of an enrollment is due: the earlier of {@code afterHraDays} after the first HRA and
 * {@code afterEnrollmentDays} after the enrollment date. Only HRAs from the initial HRA window on count, so an HRA
 * of an earlier enrollment does not make a new plan's first ICP overdue.
 *
 * @param initialHraDays how long before the enrollment date the initial HRA window opens
 */
public record FirstIcpDeadline(int initialHraDays, int afterHraDays, int afterEnrollmentDays) {

	public static FirstIcpDeadline of(MocPolicy policy) {
		return new FirstIcpDeadline(policy.getInitialHraDays(), policy.getIcpAfterHraDays(), policy.getIcpAfterEnrollmentDays());
	}

	/** The day the first ICP window opens for this enrollment date. */
	public LocalDate opens(LocalDate enrollmentDate) {
		return enrollmentDate.minusDays(initialHraDays);
	}

	/** The first ICP's deadline; empty without an SNP enrollment at asOf. */
	public Optional<LocalDate> due(CareRecord care) {
		return care.enrollmentDate().map(enrolled -> {
			LocalDate byEnrollment = enrolled.plusDays(afterEnrollmentDays);
			return care.completedHras().stream()
					.map(care::hraDate)
					.filter(d -> !d.isBefore(opens(enrolled)))
					.findFirst()
					.map(firstHra -> firstHra.plusDays(afterHraDays))
					.filter(byHra -> byHra.isBefore(byEnrollment))
					.orElse(byEnrollment);
		});
	}
}
