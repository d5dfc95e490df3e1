package org.snpmoc.contract;

import java.util.Arrays;
import java.util.Optional;

/** The ict-role code system; {@link #clinical} marks the roles 2C.3 accepts as clinical authors. */
public enum IctRole {
	CARE_COORDINATOR("care-coordinator", true),
	TRANSITION_COORDINATOR("transition-coordinator", true),
	PRIMARY_CARE("primary-care", true),
	NURSE("nurse", true),
	BEHAVIORAL_HEALTH("behavioral-health", true),
	PHARMACIST("pharmacist", true),
	SOCIAL_WORKER("social-worker", true),
	BENEFICIARY("beneficiary", false),
	CAREGIVER("caregiver", false),
	ENROLLMENT_STAFF("enrollment-staff", false),
	CLAIMS_STAFF("claims-staff", false),
	ADMINISTRATIVE_OVERSIGHT("administrative-oversight", false),
	CLINICAL_OVERSIGHT("clinical-oversight", true),
	DIRECT_CARE_EDUCATOR("direct-care-educator", true);

	private final String code;
	private final boolean clinical;

	IctRole(String code, boolean clinical) {
		this.code = code;
		this.clinical = clinical;
	}

	public String code() {
		return code;
	}

	public boolean clinical() {
		return clinical;
	}

	public static Optional<IctRole> fromCode(String code) {
		return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
	}
}
