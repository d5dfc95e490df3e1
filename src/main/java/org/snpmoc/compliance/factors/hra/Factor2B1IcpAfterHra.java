package org.snpmoc.compliance.factors.hra;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.Windows;
import org.snpmoc.compliance.factors.icp.IcpTimeline;

/** 2B.1: every completed HRA is followed, within the window, by an ICP version that uses it (supportingInfo). */
public final class Factor2B1IcpAfterHra implements FactorEvaluator {
	private final int icpAfterHraDays;

	public Factor2B1IcpAfterHra(int icpAfterHraDays) {
		this.icpAfterHraDays = icpAfterHraDays;
	}

	@Override
	public String factor() {
		return "2B.1";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		IcpTimeline icps = new IcpTimeline(care);
		List<Window> windows = new ArrayList<>();
		for (QuestionnaireResponse hra : care.completedHras()) {
			windows.add(window(care, icps, hra));
		}
		return Windows.combine(factor(), windows, context, HraWindows.noHra(context));
	}

	private Window window(CareRecord care, IcpTimeline icps, QuestionnaireResponse hra) {
		String hraKey = PatientRecord.key(hra);
		LocalDate done = care.hraDate(hra);
		LocalDate deadline = done.plusDays(icpAfterHraDays);
		String what = "ICP version using the HRA of " + done + " (" + hraKey + ") within " + icpAfterHraDays + " days";
		return icps.versions().stream()
				.filter(v -> HraWindows.within(v.revised(), done, deadline))
				.filter(v -> v.plan().getSupportingInfo().stream().anyMatch(ref -> hraKey.equals(PatientRecord.key(ref))))
				.findFirst()
				.map(v -> Window.satisfied(factor(), what, done, deadline, v.revised(), List.of(hraKey, v.versionKey())))
				.orElseGet(() -> Window.unsatisfied(factor(), what, done, deadline, List.of(hraKey)));
	}
}
