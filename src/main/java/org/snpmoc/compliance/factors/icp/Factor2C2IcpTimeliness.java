package org.snpmoc.compliance.factors.icp;

import org.snpmoc.compliance.WindowChain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Trigger;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.Windows;

/**
 * 2C.2: the first ICP by its first deadline, each revision within the review interval of the previous one, and a
 * revision after each discharge. Revisions of all the beneficiary's ICPs count, once per date.
 */
public final class Factor2C2IcpTimeliness implements FactorEvaluator {
	private final FirstIcpDeadline firstIcp;
	private final int reviewDays;
	private final int afterDischargeDays;

	public Factor2C2IcpTimeliness(FirstIcpDeadline firstIcp, int reviewDays, int afterDischargeDays) {
		this.firstIcp = firstIcp;
		this.reviewDays = reviewDays;
		this.afterDischargeDays = afterDischargeDays;
	}

	@Override
	public String factor() {
		return "2C.2";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		IcpTimeline icps = new IcpTimeline(care);
		Optional<LocalDate> enrolled = care.enrollmentDate();
		if (enrolled.isEmpty() && icps.isEmpty()) {
			return FactorResult.of(factor(), Outcome.NOT_APPLICABLE, "no ICP and no active SNP enrollment "
					+ "(Coverage type snp-enrollment) at " + context.asOf(), List.of());
		}
		WindowChain.Finder finder = (opens, deadline) -> icps.firstRevisionBetween(opens, deadline)
				.map(r -> new WindowChain.Hit(r.getKey(), false, r.getValue()));
		var chain = new WindowChain(factor(), "ICP revision", reviewDays, finder, List.copyOf(icps.revisionDates().keySet()));

		List<Window> windows = new ArrayList<>();
		LocalDate since;
		if (enrolled.isPresent()) {
			since = enrolled.get();
			LocalDate due = firstIcp.due(care).orElseThrow();
			String coverage = PatientRecord.key(care.enrollment().orElseThrow());
			windows.addAll(chain.from("first ICP for the enrollment of " + since, firstIcp.opens(since), due,
					List.of(coverage), context.asOf()));
		} else {
			// Without an enrollment there is no first deadline; the review clock still runs from the first ICP.
			Map.Entry<LocalDate, List<String>> first = icps.revisionDates().firstEntry();
			since = first.getKey();
			windows.addAll(chain.from("first ICP", since, since, List.of(), context.asOf()));
		}
		for (var t : care.transitions()) {
			if (t.discharged() == null || t.discharged().isBefore(since)) {
				continue;
			}
			String what = "ICP revision within " + afterDischargeDays + " days after the discharge of " + t.discharged()
					+ " (" + t.key() + ")";
			windows.add(chain.single(what, t.discharged(), t.discharged().plusDays(afterDischargeDays), List.of(t.key()),
					context.asOf()).triggeredBy(Trigger.discharge(t.key())));
		}
		return Windows.combine(factor(), windows, context, "");
	}
}
