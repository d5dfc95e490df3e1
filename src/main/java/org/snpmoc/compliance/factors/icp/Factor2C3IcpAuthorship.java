package org.snpmoc.compliance.factors.icp;

import static org.snpmoc.contract.MocCodes.CS_ICT_ROLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.Windows;
import org.snpmoc.contract.IctRole;

/** 2C.3: the current ICP is authored by clinical staff, with the beneficiary or a caregiver contributing. */
public final class Factor2C3IcpAuthorship implements FactorEvaluator {
	private final FirstIcpDeadline firstIcp;

	public Factor2C3IcpAuthorship(FirstIcpDeadline firstIcp) {
		this.firstIcp = firstIcp;
	}

	@Override
	public String factor() {
		return "2C.3";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		Optional<IcpTimeline.Version> current = new IcpTimeline(care).current();
		if (current.isEmpty()) {
			return MissingIcp.result(factor(), care, firstIcp);
		}
		CarePlan plan = current.get().plan();
		String planKey = current.get().versionKey();
		LocalDate asOf = context.asOf();

		Optional<PractitionerRole> clinicalAuthor = record.resolve(plan.getAuthor(), PractitionerRole.class)
				.filter(Factor2C3IcpAuthorship::isClinical);
		String author = PatientRecord.key(plan.getAuthor());
		String authorWhat = "clinical author (a PractitionerRole with a clinical ict-role) of the current ICP (" + planKey + ")"
				+ (author.isEmpty() || clinicalAuthor.isPresent() ? "" : "; its author " + author + " is not one");
		Window byClinician = Window.stateOnDate(factor(), authorWhat, asOf, clinicalAuthor.isPresent(),
				author.isEmpty() ? List.of(planKey) : List.of(planKey, author));

		List<String> contributors = new ArrayList<>(List.of(planKey));
		plan.getContributor().stream()
				.filter(care::isBeneficiaryOrCaregiver)
				.map(PatientRecord::key)
				.forEach(contributors::add);
		Window withBeneficiary = Window.stateOnDate(factor(),
				"beneficiary or caregiver among the contributors of the current ICP (" + planKey + ")", asOf,
				contributors.size() > 1, contributors);
		return Windows.combine(factor(), List.of(byClinician, withBeneficiary), context, "");
	}

	private static boolean isClinical(PractitionerRole role) {
		return role.getCode().stream()
				.flatMap(code -> code.getCoding().stream())
				.filter(c -> CS_ICT_ROLE.equals(c.getSystem()))
				.anyMatch(c -> IctRole.fromCode(c.getCode()).map(IctRole::clinical).orElse(false));
	}
}
