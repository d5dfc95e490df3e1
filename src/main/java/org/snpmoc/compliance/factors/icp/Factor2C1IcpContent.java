package org.snpmoc.compliance.factors.icp;

import static org.snpmoc.contract.MocCodes.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.Codes;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.Windows;

/**
 * 2C.1: the current ICP holds a self-management goal, a care preference, an activity tied to a goal or a need and
 * an achievement status on every goal; each goal reported not met is followed by a new HRA or ICP revision.
 */
public final class Factor2C1IcpContent implements FactorEvaluator {
	private static final Set<String> NOT_MET = Set.of("not-achieved", "no-progress", "worsening");

	private final FirstIcpDeadline firstIcp;
	private final int goalFollowUpDays;

	public Factor2C1IcpContent(FirstIcpDeadline firstIcp, int goalFollowUpDays) {
		this.firstIcp = firstIcp;
		this.goalFollowUpDays = goalFollowUpDays;
	}

	@Override
	public String factor() {
		return "2C.1";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		IcpTimeline icps = new IcpTimeline(care);
		Optional<IcpTimeline.Version> current = icps.current();
		if (current.isEmpty()) {
			return MissingIcp.result(factor(), care, firstIcp);
		}
		List<Window> windows = content(record, current.get(), context.asOf());
		current.get().plan().getGoal().stream()
				.flatMap(ref -> record.resolve(ref, Goal.class).stream())
				.filter(g -> NOT_MET.stream().anyMatch(code -> Codes.has(g.getAchievementStatus(), GOAL_ACHIEVEMENT, code)))
				.filter(g -> context.known(care.date(g.getStatusDateElement())))
				.forEach(g -> windows.add(followUp(care, icps, g)));
		return Windows.combine(factor(), windows, context, "");
	}

	/** The four things the current ICP must hold, each checked on the evaluation date. */
	private List<Window> content(PatientRecord record, IcpTimeline.Version current, LocalDate asOf) {
		CarePlan plan = current.plan();
		String planKey = current.versionKey();
		String ofPlan = " on the current ICP (" + planKey + ")";
		List<Reference> goalRefs = plan.getGoal();
		List<Goal> goals = goalRefs.stream().flatMap(ref -> record.resolve(ref, Goal.class).stream()).toList();

		List<Window> windows = new ArrayList<>();
		List<String> selfManagement = goals.stream()
				.filter(g -> Codes.hasAny(g.getCategory(), CS_ARTIFACT, SELF_MANAGEMENT))
				.map(PatientRecord::key)
				.toList();
		windows.add(Window.stateOnDate(factor(), "self-management goal" + ofPlan, asOf, !selfManagement.isEmpty(),
				with(planKey, selfManagement)));

		List<String> preferences = plan.getSupportingInfo().stream()
				.flatMap(ref -> record.resolve(ref, Observation.class).stream())
				.filter(o -> Codes.has(o.getCode(), CS_ARTIFACT, CARE_PREFERENCE))
				.map(PatientRecord::key)
				.toList();
		windows.add(Window.stateOnDate(factor(), "care-preference Observation" + ofPlan, asOf, !preferences.isEmpty(),
				with(planKey, preferences)));

		boolean tiedActivity = plan.getActivity().stream()
				.map(CarePlan.CarePlanActivityComponent::getDetail)
				.anyMatch(d -> d.hasGoal() || d.hasReasonReference() || d.hasReasonCode());
		windows.add(Window.stateOnDate(factor(), "activity tied to a goal or a need" + ofPlan, asOf, tiedActivity,
				List.of(planKey)));

		List<String> withoutStatus = goalRefs.stream()
				.filter(ref -> record.resolve(ref, Goal.class).map(g -> !g.hasAchievementStatus()).orElse(true))
				.map(PatientRecord::key)
				.toList();
		String statusWhat = "achievementStatus on every goal" + ofPlan
				+ (withoutStatus.isEmpty() ? "" : " (missing on " + String.join(", ", withoutStatus) + ")");
		windows.add(Window.stateOnDate(factor(), statusWhat, asOf, withoutStatus.isEmpty(),
				with(planKey, goalRefs.stream().map(PatientRecord::key).toList())));
		return windows;
	}

	/** A goal reported not met calls for a new HRA or ICP revision within the follow-up window. */
	private Window followUp(CareRecord care, IcpTimeline icps, Goal goal) {
		LocalDate reported = care.date(goal.getStatusDateElement());
		LocalDate deadline = reported.plusDays(goalFollowUpDays);
		String status = Codes.codeIn(goal.getAchievementStatus(), GOAL_ACHIEVEMENT);
		String what = "new HRA or ICP revision within " + goalFollowUpDays + " days after " + PatientRecord.key(goal)
				+ " was reported " + status + " on " + reported;
		Optional<Window> byHra = care.completedHras().stream()
				.filter(h -> !care.hraDate(h).isBefore(reported) && !care.hraDate(h).isAfter(deadline))
				.findFirst()
				.map(h -> Window.satisfied(factor(), what, reported, deadline, care.hraDate(h),
						List.of(PatientRecord.key(goal), PatientRecord.key(h))));
		Optional<Window> byRevision = icps.firstRevisionBetween(reported, deadline)
				.map(r -> Window.satisfied(factor(), what, reported, deadline, r.getKey(),
						with(PatientRecord.key(goal), r.getValue())));
		return Stream.of(byHra, byRevision)
				.flatMap(Optional::stream)
				.min(Comparator.comparing(Window::satisfiedOn))
				.orElseGet(() -> Window.unsatisfied(factor(), what, reported, deadline, List.of(PatientRecord.key(goal))));
	}

	private static List<String> with(String first, List<String> more) {
		return Stream.concat(Stream.of(first), more.stream()).toList();
	}
}
