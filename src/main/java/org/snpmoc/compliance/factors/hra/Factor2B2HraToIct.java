package org.snpmoc.compliance.factors.hra;

import static org.snpmoc.contract.MocCodes.HRA_DISSEMINATION;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.Windows;
import org.snpmoc.compliance.factors.icp.IctReach;

/** 2B.2: every completed HRA is sent to the ICT (the CareTeam or one of its members) within the window. */
public final class Factor2B2HraToIct implements FactorEvaluator {
	private final int hraToIctDays;

	public Factor2B2HraToIct(int hraToIctDays) {
		this.hraToIctDays = hraToIctDays;
	}

	@Override
	public String factor() {
		return "2B.2";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		IctReach ict = new IctReach(care);
		List<Communication> sent = care.communications(HRA_DISSEMINATION).stream()
				.filter(c -> c.getRecipient().stream().anyMatch(ict::reaches))
				.toList();
		List<Window> windows = care.completedHras().stream().map(hra -> window(care, sent, hra)).toList();
		return Windows.combine(factor(), windows, context, HraWindows.noHra(context));
	}

	private Window window(CareRecord care, List<Communication> toIct, QuestionnaireResponse hra) {
		String hraKey = PatientRecord.key(hra);
		LocalDate done = care.hraDate(hra);
		LocalDate deadline = done.plusDays(hraToIctDays);
		String what = "HRA of " + done + " (" + hraKey + ") sent to the ICT within " + hraToIctDays + " days";
		return toIct.stream()
				.filter(c -> HraWindows.within(care.sent(c), done, deadline))
				.filter(c -> CareRecord.subjectsOf(c).stream().anyMatch(ref -> hraKey.equals(PatientRecord.key(ref))))
				.findFirst()
				.map(c -> Window.satisfied(factor(), what, done, deadline, care.sent(c), List.of(hraKey, PatientRecord.key(c))))
				.orElseGet(() -> Window.unsatisfied(factor(), what, done, deadline, List.of(hraKey)));
	}
}
