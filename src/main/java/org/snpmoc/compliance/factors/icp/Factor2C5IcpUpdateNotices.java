package org.snpmoc.compliance.factors.icp;

import static org.snpmoc.contract.MocCodes.ICP_UPDATE_NOTICE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Reference;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.Windows;

/**
 * 2C.5: every ICP revision, the first version included, is followed within the window by icp-update-notice
 * Communications about that ICP to the beneficiary or a caregiver and to the ICT (one notice may reach both).
 */
public final class Factor2C5IcpUpdateNotices implements FactorEvaluator {
	private final FirstIcpDeadline firstIcp;
	private final int noticeDays;

	public Factor2C5IcpUpdateNotices(FirstIcpDeadline firstIcp, int noticeDays) {
		this.firstIcp = firstIcp;
		this.noticeDays = noticeDays;
	}

	@Override
	public String factor() {
		return "2C.5";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		IctReach ict = new IctReach(care);
		List<Communication> notices = care.communications(ICP_UPDATE_NOTICE);
		List<Window> windows = new IcpTimeline(care).revisions().stream()
				.map(revision -> window(care, ict, notices, revision))
				.toList();
		Optional<LocalDate> firstDue = firstIcp.due(care);
		if (windows.isEmpty() && firstDue.isPresent() && firstDue.get().isAfter(context.asOf())) {
			// Nothing to judge yet: the first ICP, and its notices, are still to come.
			return FactorResult.of(factor(), Outcome.PENDING, "no ICP yet; the first is due by " + firstDue.get()
					+ ", its update notices within " + noticeDays + " days of it", care.enrollment()
					.map(PatientRecord::key).stream().toList());
		}
		return Windows.combine(factor(), windows, context, "no ICP at " + context.asOf());
	}

	private Window window(CareRecord care, IctReach ict, List<Communication> notices, IcpTimeline.Revision revision) {
		LocalDate revised = revision.date();
		LocalDate deadline = revised.plusDays(noticeDays);
		List<Communication> aboutIt = notices.stream()
				.filter(c -> !care.sent(c).isBefore(revised) && !care.sent(c).isAfter(deadline))
				.filter(c -> CareRecord.subjectsOf(c).stream().anyMatch(ref -> revision.planKey().equals(PatientRecord.key(ref))))
				.toList();
		Optional<Communication> toBeneficiary = firstTo(aboutIt, care::isBeneficiaryOrCaregiver);
		Optional<Communication> toIct = firstTo(aboutIt, ict::reaches);

		List<String> evidence = new ArrayList<>(List.of(revision.versionKey()));
		toBeneficiary.map(PatientRecord::key).ifPresent(evidence::add);
		toIct.map(PatientRecord::key).filter(key -> !evidence.contains(key)).ifPresent(evidence::add);
		String what = "update notice of the ICP revision of " + revised + " (" + revision.versionKey()
				+ ") to the beneficiary or caregiver and to the ICT within " + noticeDays + " days" + missing(toBeneficiary, toIct);
		if (toBeneficiary.isEmpty() || toIct.isEmpty()) {
			return Window.unsatisfied(factor(), what, revised, deadline, evidence);
		}
		LocalDate both = later(care.sent(toBeneficiary.get()), care.sent(toIct.get()));
		return Window.satisfied(factor(), what, revised, deadline, both, evidence);
	}

	private static Optional<Communication> firstTo(List<Communication> notices, Predicate<Reference> recipient) {
		return notices.stream().filter(c -> c.getRecipient().stream().anyMatch(recipient)).findFirst();
	}

	private static String missing(Optional<Communication> toBeneficiary, Optional<Communication> toIct) {
		if (toBeneficiary.isPresent() == toIct.isPresent()) {
			return "";
		}
		return toBeneficiary.isEmpty() ? " (none to the beneficiary or caregiver)" : " (none to the ICT)";
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}
}
