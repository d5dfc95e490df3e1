package org.snpmoc.compliance.factors.hra;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.RiskAssessment.RiskAssessmentStatus;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.Windows;

/**
 * 2B.4: every completed HRA has a RiskAssessment based on it within the window. A RiskAssessment without an
 * occurrence cannot be dated, so it does not count; the reason names it.
 */
public final class Factor2B4RiskStratification implements FactorEvaluator {
	private final int stratificationDays;

	public Factor2B4RiskStratification(int stratificationDays) {
		this.stratificationDays = stratificationDays;
	}

	@Override
	public String factor() {
		return "2B.4";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		List<RiskAssessment> assessments = record.all(RiskAssessment.class).stream()
				.filter(ra -> ra.getStatus() != RiskAssessmentStatus.ENTEREDINERROR)
				.toList();
		List<Window> windows = care.completedHras().stream().map(hra -> window(care, assessments, hra)).toList();
		FactorResult result = Windows.combine(factor(), windows, context, HraWindows.noHra(context));
		if (result.outcome() != Outcome.NOT_MET) {
			return result;
		}
		// The HRA is the first evidence of each window.
		Set<String> missedHras = windows.stream()
				.filter(w -> w.isInScope(context) && w.isMissed(context.asOf()))
				.map(w -> w.evidence().get(0))
				.collect(Collectors.toSet());
		List<String> undated = assessments.stream()
				.filter(ra -> care.riskOccurrence(ra) == null)
				.filter(ra -> ra.getBasis().stream().map(PatientRecord::key).anyMatch(missedHras::contains))
				.map(PatientRecord::key)
				.toList();
		if (undated.isEmpty()) {
			return result;
		}
		String reason = result.reason() + "; not counted, having no occurrence date: " + String.join(", ", undated);
		return new FactorResult(factor(), result.outcome(), reason, result.evidence(), result.windows());
	}

	private Window window(CareRecord care, List<RiskAssessment> assessments, QuestionnaireResponse hra) {
		String hraKey = PatientRecord.key(hra);
		LocalDate done = care.hraDate(hra);
		LocalDate deadline = done.plusDays(stratificationDays);
		String what = "RiskAssessment based on the HRA of " + done + " (" + hraKey + ") within " + stratificationDays + " days";
		return assessments.stream()
				.filter(ra -> ra.getBasis().stream().anyMatch(ref -> hraKey.equals(PatientRecord.key(ref))))
				.filter(ra -> HraWindows.within(care.riskOccurrence(ra), done, deadline) && care.context().known(care.riskOccurrence(ra)))
				.min(Comparator.comparing(ra -> care.riskOccurrence(ra)))
				.map(ra -> Window.satisfied(factor(), what, done, deadline, care.riskOccurrence(ra), List.of(hraKey, PatientRecord.key(ra))))
				.orElseGet(() -> Window.unsatisfied(factor(), what, done, deadline, List.of(hraKey)));
	}
}
