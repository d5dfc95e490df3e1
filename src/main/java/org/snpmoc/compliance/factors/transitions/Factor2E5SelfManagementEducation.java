package org.snpmoc.compliance.factors.transitions;

import static org.snpmoc.contract.MocCodes.SELF_MANAGEMENT_EDUCATION;

import java.util.List;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Trigger;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.WindowChain.Event;

/** 2E.5: each discharge is followed by self-management education sent to the beneficiary or a caregiver. */
public final class Factor2E5SelfManagementEducation implements FactorEvaluator {
	private final int educationDays;

	public Factor2E5SelfManagementEducation(int educationDays) {
		this.educationDays = educationDays;
	}

	@Override
	public String factor() {
		return "2E.5";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		List<Event> education = care.communications(SELF_MANAGEMENT_EDUCATION).stream()
				.filter(c -> c.getRecipient().stream().anyMatch(care::isBeneficiaryOrCaregiver))
				.map(c -> new Event(care.sent(c), PatientRecord.key(c)))
				.toList();
		List<Window> windows = care.transitions().stream()
				.filter(t -> t.discharged() != null)
				.map(t -> TransitionWindows.window(factor(),
						"self-management education to the beneficiary or a caregiver within "
								+ TransitionWindows.days(educationDays) + " of " + TransitionWindows.discharge(t),
						t.discharged(), t.discharged().plusDays(educationDays), education, List.of(t.key()), context.asOf())
						.triggeredBy(Trigger.discharge(t.key())))
				.toList();
		return TransitionWindows.combine(factor(), windows, context);
	}
}
