package org.snpmoc.compliance.factors.hra;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Trigger;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.Windows;
import org.snpmoc.compliance.WindowChain;
import org.snpmoc.compliance.WindowChain.Hit;

/**
 * 2B.3: the initial HRA around the enrollment date, each next HRA within the reassessment interval of the previous
 * one, and a reassessment after each discharge since enrollment. A window without an HRA is met by documented
 * outreach when it holds enough attempts and the last one ended in unable-to-contact or declined.
 */
public final class Factor2B3HraTimeliness implements FactorEvaluator {
	private final int initialHraDays;
	private final int reassessmentDays;
	private final int afterDischargeDays;
	private final int outreachAttempts;

	public Factor2B3HraTimeliness(int initialHraDays, int reassessmentDays, int afterDischargeDays, int outreachAttempts) {
		this.initialHraDays = initialHraDays;
		this.reassessmentDays = reassessmentDays;
		this.afterDischargeDays = afterDischargeDays;
		this.outreachAttempts = outreachAttempts;
	}

	@Override
	public String factor() {
		return "2B.3";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		Optional<Coverage> enrollment = care.enrollment();
		if (enrollment.isEmpty()) {
			return FactorResult.of(factor(), Outcome.NOT_APPLICABLE, HraWindows.noEnrollment(context), List.of());
		}
		LocalDate enrolled = care.enrollmentDate().orElseThrow();
		List<QuestionnaireResponse> hras = care.completedHras();
		OutreachAttempts outreach = new OutreachAttempts(care, outreachAttempts);
		WindowChain.Finder finder = (opens, deadline) -> firstHra(care, hras, opens, deadline)
				.or(() -> outreach.standIn(opens, deadline));

		List<LocalDate> hraDates = hras.stream().map(care::hraDate).toList();
		var chain = new WindowChain(factor(), "HRA", reassessmentDays, finder, hraDates);
		String coverage = PatientRecord.key(enrollment.get());
		List<Window> windows = new ArrayList<>();
		for (Window w : chain.from("HRA within " + initialHraDays + " days of the enrollment date " + enrolled,
				enrolled.minusDays(initialHraDays), enrolled.plusDays(initialHraDays), List.of(coverage), context.asOf())) {
			windows.add(w.triggeredBy(trigger(w, windows.isEmpty(), coverage, care, hras)));
		}

		// Transitions before this enrollment were not the plan's to follow up.
		care.transitions().stream()
				.filter(t -> t.discharged() != null && !t.discharged().isBefore(enrolled))
				.forEach(t -> {
					LocalDate deadline = t.discharged().plusDays(afterDischargeDays);
					String what = "HRA within " + afterDischargeDays + " days after the discharge of " + t.discharged()
							+ " (" + t.key() + ")";
					windows.add(chain.single(what, t.discharged(), deadline, List.of(t.key()), context.asOf())
							.triggeredBy(Trigger.discharge(t.key())));
				});
		return Windows.combine(factor(), windows, context, HraWindows.noEnrollment(context));
	}

	/**
	 * What opened a window of the chain: the enrollment for the first, else the HRA it runs from (the previous
	 * window's HRA, or a late one); a window that runs from a missed deadline or an outreach window has none.
	 */
	private static Trigger trigger(Window w, boolean first, String coverage, CareRecord care, List<QuestionnaireResponse> hras) {
		if (first) {
			return new Trigger(Trigger.Kind.ENROLLMENT, coverage);
		}
		LocalDate from = w.opens().minusDays(1);
		return hras.stream().filter(h -> from.equals(care.hraDate(h))).findFirst()
				.map(h -> new Trigger(Trigger.Kind.ANNUAL, PatientRecord.key(h)))
				.orElse(null);
	}

	private static Optional<Hit> firstHra(CareRecord care, List<QuestionnaireResponse> hras, LocalDate opens, LocalDate deadline) {
		return hras.stream()
				.filter(h -> HraWindows.within(care.hraDate(h), opens, deadline))
				.findFirst()
				.map(h -> new Hit(care.hraDate(h), false, List.of(PatientRecord.key(h))));
	}
}
