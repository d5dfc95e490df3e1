package org.snpmoc.compliance.factors.icp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.Windows;

/** 2C.4: exactly one ICP is active, and it references the beneficiary's active ICT. */
public final class Factor2C4SingleActiveIcp implements FactorEvaluator {
	private final FirstIcpDeadline firstIcp;

	public Factor2C4SingleActiveIcp(FirstIcpDeadline firstIcp) {
		this.firstIcp = firstIcp;
	}

	@Override
	public String factor() {
		return "2C.4";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		List<IcpTimeline.Version> active = new IcpTimeline(care).active();
		if (active.isEmpty()) {
			return MissingIcp.result(factor(), care, firstIcp);
		}
		IcpTimeline.Version current = active.get(active.size() - 1);
		List<String> activeKeys = active.stream().map(IcpTimeline.Version::versionKey).toList();
		String single = "single active ICP"
				+ (active.size() == 1 ? "" : " (" + active.size() + " are active: " + String.join(", ", activeKeys) + ")");
		Window onlyOne = Window.stateOnDate(factor(), single, context.asOf(), active.size() == 1, activeKeys);

		Set<String> activeIcts = care.activeIcts().stream().map(PatientRecord::key).collect(Collectors.toSet());
		List<String> evidence = new ArrayList<>(List.of(current.versionKey()));
		current.plan().getCareTeam().stream()
				.map(PatientRecord::key)
				.filter(activeIcts::contains)
				.forEach(evidence::add);
		Window withIct = Window.stateOnDate(factor(), "active ICT referenced (careTeam) by the current ICP ("
				+ current.versionKey() + ")", context.asOf(), evidence.size() > 1, evidence);
		return Windows.combine(factor(), List.of(onlyOne, withIct), context, "");
	}
}
