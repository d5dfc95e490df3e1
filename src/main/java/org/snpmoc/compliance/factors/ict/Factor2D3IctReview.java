package org.snpmoc.compliance.factors.ict;

import org.snpmoc.compliance.WindowChain;

import static org.snpmoc.contract.MocCodes.ICT_MEETING;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.Windows;

/**
 * 2D.3: in the look-back year the ICT reviewed the beneficiary's status: an ict-meeting Communication about an ICP
 * or one of its Goals. The first review is due the meeting interval after the first ICT's start; until then a
 * review since the start meets it and none yet is pending. The gap between two reviews is 2D.4's rule, not this one.
 */
public final class Factor2D3IctReview implements FactorEvaluator {
	private static final String SUBJECT = "ICT review of the beneficiary's ICP";
	private final int ictMeetingDays;

	public Factor2D3IctReview(int ictMeetingDays) {
		this.ictMeetingDays = ictMeetingDays;
	}

	@Override
	public String factor() {
		return "2D.3";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		Optional<CareTeam> first = ActiveIct.earliest(care);
		if (first.isEmpty()) {
			return FactorResult.of(factor(), Outcome.NOT_APPLICABLE, "no ICT has started by " + context.asOf()
					+ ", so no ICT review is due", List.of());
		}
		Set<String> reviewed = icpsAndGoals(care);
		List<WindowChain.Event> reviews = care.communications(ICT_MEETING).stream()
				.filter(c -> CareRecord.subjectsOf(c).stream().anyMatch(r -> reviewed.contains(PatientRecord.key(r))))
				.map(c -> new WindowChain.Event(care.sent(c), PatientRecord.key(c)))
				.toList();
		LocalDate start = ActiveIct.start(first.get(), care);
		LocalDate firstDue = start.plusDays(ictMeetingDays);
		WindowChain chain = WindowChain.overEvents(factor(), SUBJECT, ictMeetingDays, reviews, context.asOf());
		List<String> team = List.of(PatientRecord.key(first.get()));
		Window window;
		if (firstDue.isAfter(context.asOf())) {
			window = chain.single(SUBJECT + " within " + ictMeetingDays + " days of the ICT's start on " + start,
					start, firstDue, team, context.asOf());
		} else {
			LocalDate from = context.lookBackStart().plusDays(1);
			from = from.isBefore(start) ? start : from;
			window = chain.single(SUBJECT + " in the look-back year (" + from + " to " + context.asOf() + ")",
					from, context.asOf(), team, context.asOf());
		}
		return Windows.combine(factor(), List.of(window), context, "no ICT review due in the look-back year");
	}

	/** Keys of the beneficiary's ICP CarePlans and of the Goals any of their versions reference. */
	private static Set<String> icpsAndGoals(CareRecord care) {
		Set<String> keys = new HashSet<>();
		care.icps().forEach(cp -> keys.add(PatientRecord.key(cp)));
		for (CarePlan version : care.icpVersions()) {
			keys.add(PatientRecord.key(version));
			version.getGoal().forEach(g -> keys.add(PatientRecord.key(g)));
		}
		keys.remove("");
		return keys;
	}
}
