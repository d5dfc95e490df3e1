package org.snpmoc.compliance.factors.hra;

import static org.snpmoc.contract.MocCodes.*;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.ClinicalDates;
import org.snpmoc.compliance.Codes;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.WindowChain.Hit;

/**
 * The beneficiary's documented HRA outreach attempts (Tasks coded hra-outreach for the Patient, never the
 * server's own work items), and whether they stand in for an HRA within a window.
 */
final class OutreachAttempts {
	private static final Set<String> GIVING_UP = Set.of(UNABLE_TO_CONTACT, DECLINED);

	private record Attempt(Task task, LocalDate on) {}

	private final List<Attempt> attempts;
	private final int required;

	OutreachAttempts(CareRecord care, int required) {
		this.required = required;
		String patient = care.record().patientKey();
		this.attempts = care.record().all(Task.class).stream()
				.filter(t -> Codes.has(t.getCode(), CS_ARTIFACT, HRA_OUTREACH) && !Codes.has(t.getCode(), CS_ARTIFACT, WORK_ITEM))
				.filter(t -> t.getStatus() != TaskStatus.ENTEREDINERROR && t.getStatus() != TaskStatus.CANCELLED)
				.filter(t -> patient.equals(PatientRecord.key(t.getFor())))
				.map(t -> new Attempt(t, attemptDate(care, t)))
				.filter(a -> care.context().known(a.on()))
				.sorted(Comparator.comparing(Attempt::on))
				.toList();
	}

	/** The attempt date: when it was carried out, else when it was recorded. */
	private static LocalDate attemptDate(CareRecord care, Task task) {
		LocalDate executed = ClinicalDates.start(task.getExecutionPeriod(), care.context().zone());
		return executed != null ? executed : care.date(task.getAuthoredOnElement());
	}

	/**
	 * At least the required number of attempts in the window, the last of them (by date) ending in
	 * unable-to-contact or declined; satisfied on the last attempt's date.
	 */
	Optional<Hit> standIn(LocalDate opens, LocalDate deadline) {
		List<Attempt> inWindow = attempts.stream().filter(a -> HraWindows.within(a.on(), opens, deadline)).toList();
		if (inWindow.size() < required) {
			return Optional.empty();
		}
		LocalDate last = inWindow.get(inWindow.size() - 1).on();
		boolean gaveUp = inWindow.stream()
				.filter(a -> a.on().equals(last))
				.anyMatch(a -> GIVING_UP.stream().anyMatch(code -> Codes.has(a.task().getStatusReason(), CS_OUTREACH_OUTCOME, code)));
		if (!gaveUp) {
			return Optional.empty();
		}
		return Optional.of(new Hit(last, true, inWindow.stream().map(a -> PatientRecord.key(a.task())).toList()));
	}
}
