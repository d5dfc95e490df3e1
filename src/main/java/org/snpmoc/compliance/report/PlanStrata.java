package org.snpmoc.compliance.report;

import static org.snpmoc.contract.MocCodes.STRATIFIER_CARE_COORDINATOR;
import static org.snpmoc.contract.MocCodes.STRATIFIER_ENROLLMENT_COHORT;
import static org.snpmoc.contract.MocCodes.STRATIFIER_RISK_TIER;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.factors.ict.IctParticipants;
import org.snpmoc.contract.IctRole;

/**
 * The strata of one beneficiary in the plan's summary: their care coordinator (the active ICT's member in the
 * care-coordinator role at asOf), their risk tier (the latest RiskAssessment's tier) and their enrollment cohort
 * (year and quarter of the start of the SNP enrollment in force).
 */
public final class PlanStrata {
	/** The stratifiers, in the order of the report. */
	public static final List<String> STRATIFIERS = List.of(STRATIFIER_CARE_COORDINATOR, STRATIFIER_RISK_TIER,
			STRATIFIER_ENROLLMENT_COHORT);
	public static final String NONE = "none";
	public static final String UNSCORED = "unscored";

	/** A stratum value: a stable code and its label for people. */
	public record Stratum(String code, String label) {}

	private PlanStrata() {}

	/** The beneficiary's stratum for each of {@link #STRATIFIERS}, in that order. */
	public static List<Stratum> of(CareRecord care) {
		return List.of(coordinator(care), riskTier(care), cohort(care));
	}

	static Stratum coordinator(CareRecord care) {
		Optional<String> member = IctParticipants.firstServing(care.activeIcts(), care.context().asOf(),
				care.context().zone(), IctRole.CARE_COORDINATOR);
		if (member.isEmpty()) {
			return new Stratum(NONE, "No care coordinator");
		}
		PatientRecord record = care.record();
		// A coordinator named by their role counts as the practitioner who holds it.
		String person = IctParticipants.holder(record, member.get());
		String label = record.resolve(new Reference(person), Practitioner.class).map(PlanStrata::name).orElse(person);
		return new Stratum(person, label);
	}

	static Stratum riskTier(CareRecord care) {
		String tier = care.latestRiskAssessment().map(MocRules::riskTier).orElse(UNSCORED);
		return new Stratum(tier, Character.toUpperCase(tier.charAt(0)) + tier.substring(1));
	}

	static Stratum cohort(CareRecord care) {
		Optional<LocalDate> start = care.enrollmentDate();
		if (start.isEmpty()) {
			return new Stratum(NONE, "Not enrolled");
		}
		int year = start.get().getYear();
		int quarter = (start.get().getMonthValue() - 1) / 3 + 1;
		return new Stratum(year + "-Q" + quarter, "Enrolled in " + year + " Q" + quarter);
	}

	private static String name(Practitioner practitioner) {
		HumanName name = practitioner.getNameFirstRep();
		String text = name.hasText() ? name.getText() : name.getNameAsSingleString();
		return text == null || text.isBlank() ? PatientRecord.key(practitioner) : text.trim();
	}
}
