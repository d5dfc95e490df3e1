package org.snpmoc.compliance.gaps;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CareTeam;
import org.snpmoc.compliance.ComplianceProperties;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.MocEvaluationService;
import org.snpmoc.compliance.MocEvaluationService.PatientEvaluation;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.factors.ict.IctParticipants;
import org.snpmoc.compliance.factors.staff.StaffFactorResult;
import org.springframework.stereotype.Service;

/**
 * The work lists of $moc-gaps: one beneficiary's, or the plan's (every enrolled beneficiary plus staff training).
 * The plan's list is kept for the next pages of the same list: it is answered again only while nothing has been
 * written through this server since it was made, and for at most {@code moc.compliance.gaps-cache-seconds}.
 */
@Service
public class MocGapsService {
	private static final String STAFF_TRAINING = "2A.5";

	private final MocEvaluationService evaluation;
	private final GapFinder finder;
	private final StoredDataChanges changes;
	private final Duration keepFor;
	private volatile PlanList last;

	private record PlanList(LocalDate asOf, long changes, Instant made, List<Gap> gaps) {}

	MocGapsService(MocEvaluationService evaluation, ComplianceProperties properties, StoredDataChanges changes) {
		this.evaluation = evaluation;
		this.finder = new GapFinder(properties.gapsHorizonDays());
		this.changes = changes;
		this.keepFor = Duration.ofSeconds(properties.gapsCacheSeconds());
	}

	public List<Gap> forPatient(String patientId, EvaluationContext context) {
		PatientEvaluation result = evaluation.evaluatePatient(patientId, context);
		return sorted(beneficiaryGaps(result.results(), result.record(), context));
	}

	/** The plan's list as of the context's date, the kept one when it is still current. */
	public List<Gap> forPlan(EvaluationContext context) {
		// Read before the list is made: a write committed while it is made moves the count past this reading.
		long changesNow = changes.current();
		PlanList kept = last;
		Instant now = Instant.now();
		if (kept != null && kept.asOf().equals(context.asOf()) && kept.changes() == changesNow
				&& now.isBefore(kept.made().plus(keepFor))) {
			return kept.gaps();
		}
		List<Gap> gaps = planList(context);
		last = new PlanList(context.asOf(), changesNow, now, gaps);
		return gaps;
	}

	/** Beneficiary items (staff training once, from the roster, not once per ICT) and the staff's training items. */
	private List<Gap> planList(EvaluationContext context) {
		List<Gap> gaps = new ArrayList<>();
		evaluation.forEachEnrolled(context, e -> {
			List<FactorResult> care = e.results().stream().filter(r -> !STAFF_TRAINING.equals(r.factor())).toList();
			gaps.addAll(beneficiaryGaps(care, e.record(), context));
		});
		List<FactorResult> training = evaluation.evaluateStaff(context).stream()
				.map(StaffFactorResult::result)
				.filter(r -> STAFF_TRAINING.equals(r.factor()))
				.toList();
		gaps.addAll(finder.find(training, "", List.of(), context));
		return sorted(gaps);
	}

	private List<Gap> beneficiaryGaps(List<FactorResult> results, PatientRecord record, EvaluationContext context) {
		return finder.find(results, record.patientKey(), record.all(CareTeam.class), context).stream()
				.map(g -> g.ownedBy(IctParticipants.holder(record, g.owner())))
				.toList();
	}

	private static List<Gap> sorted(List<Gap> gaps) {
		return gaps.stream().sorted(Gap.WORK_ORDER).toList();
	}
}
