package org.snpmoc.compliance.factors.transitions;

import static org.snpmoc.contract.MocCodes.POINT_OF_CONTACT_NOTICE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Communication;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.CareRecord.Transition;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Trigger;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.WindowChain.Event;

/**
 * 2E.6: the beneficiary or a caregiver is told who their point of contact is: a point-of-contact-notice about a
 * responsible coordinator of the transition (as 2E.2 finds them), sent within the allowed days of admission or of
 * discharge. One window per transition, from admission to the day after discharge; open while the stay goes on.
 */
public final class Factor2E6PointOfContact implements FactorEvaluator {
	private final int noticeDays;
	private final TransitionCoordinators coordinators;

	public Factor2E6PointOfContact(int pointOfContactDays, int transitionCoordinationDays) {
		this.noticeDays = pointOfContactDays;
		this.coordinators = new TransitionCoordinators(transitionCoordinationDays);
	}

	@Override
	public String factor() {
		return "2E.6";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		List<Communication> notices = care.communications(POINT_OF_CONTACT_NOTICE).stream()
				.filter(c -> c.getRecipient().stream().anyMatch(care::isBeneficiaryOrCaregiver))
				.toList();
		List<Window> windows = care.transitions().stream().map(t -> window(t, notices, care)).toList();
		return TransitionWindows.combine(factor(), windows, context);
	}

	private Window window(Transition t, List<Communication> notices, CareRecord care) {
		LocalDate asOf = care.context().asOf();
		Set<String> staff = new HashSet<>();
		List<String> anchor = new ArrayList<>(List.of(t.key()));
		coordinators.of(t, care).forEach(c -> {
			staff.addAll(c.staff());
			anchor.add(c.evidence());
		});
		List<Event> naming = notices.stream()
				.filter(c -> CareRecord.subjectsOf(c).stream().anyMatch(r -> staff.contains(PatientRecord.key(r))))
				.filter(c -> near(care.sent(c), t.admitted()) || (t.discharged() != null && near(care.sent(c), t.discharged())))
				.map(c -> new Event(care.sent(c), PatientRecord.key(c)))
				.toList();
		String within = "within " + TransitionWindows.days(noticeDays) + " of " + TransitionWindows.admission(t);
		LocalDate deadline;
		if (t.discharged() != null) {
			within += " or of the discharge on " + t.discharged();
			deadline = t.discharged().plusDays(noticeDays);
		} else {
			// Still admitted: a notice at discharge can still come, so the window stays open past asOf.
			within += " or of the discharge (still admitted)";
			LocalDate afterAdmission = t.admitted().plusDays(noticeDays);
			deadline = afterAdmission.isAfter(asOf) ? afterAdmission : asOf.plusDays(1);
		}
		String what = "point-of-contact notice to the beneficiary or a caregiver naming the transition's coordinator "
				+ within + (staff.isEmpty() ? " (no coordinator on record)" : "");
		return TransitionWindows.window(factor(), what, t.admitted(), deadline, naming, List.copyOf(new LinkedHashSet<>(anchor)), asOf)
				.triggeredBy(Trigger.admission(t.key()));
	}

	private boolean near(LocalDate sent, LocalDate event) {
		return sent != null && !sent.isBefore(event) && !sent.isAfter(event.plusDays(noticeDays));
	}
}
