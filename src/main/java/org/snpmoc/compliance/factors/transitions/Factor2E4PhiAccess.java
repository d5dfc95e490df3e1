package org.snpmoc.compliance.factors.transitions;

import static org.snpmoc.contract.MocCodes.PHI_ACCESS;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Trigger;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.WindowChain.Event;

/**
 * 2E.4: after each discharge the beneficiary can reach their health information: a phi-access Communication, or
 * their own read of their record through the patient-access API: an AuditEvent this server wrote of a successful
 * read ({@link MocRules#isBeneficiaryRead}) whose agent is the Patient or a RelatedPerson of theirs and whose entity
 * is the Patient or one of their resources.
 */
public final class Factor2E4PhiAccess implements FactorEvaluator {
	private final int phiAccessDays;

	public Factor2E4PhiAccess(int phiAccessDays) {
		this.phiAccessDays = phiAccessDays;
	}

	@Override
	public String factor() {
		return "2E.4";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		List<Event> access = new ArrayList<>();
		care.communications(PHI_ACCESS).forEach(c -> access.add(new Event(care.sent(c), PatientRecord.key(c))));
		record.all(AuditEvent.class).stream()
				.filter(a -> ownRead(a, record))
				.forEach(a -> access.add(new Event(care.date(a.getRecordedElement()), PatientRecord.key(a))));
		List<Window> windows = care.transitions().stream()
				.filter(t -> t.discharged() != null)
				.map(t -> TransitionWindows.window(factor(),
						"access to health information (phi-access notice or own record read) within "
								+ TransitionWindows.days(phiAccessDays) + " of " + TransitionWindows.discharge(t),
						t.discharged(), t.discharged().plusDays(phiAccessDays), access, List.of(t.key()), context.asOf())
						.triggeredBy(Trigger.discharge(t.key())))
				.toList();
		return TransitionWindows.combine(factor(), windows, context);
	}

	private static boolean ownRead(AuditEvent event, PatientRecord record) {
		if (!MocRules.isBeneficiaryRead(event)) {
			return false;
		}
		String patient = record.patientKey();
		boolean byBeneficiary = event.getAgent().stream().map(AuditEvent.AuditEventAgentComponent::getWho)
				.anyMatch(who -> patient.equals(PatientRecord.key(who)) || record.resolve(who, RelatedPerson.class)
						.filter(caregiver -> patient.equals(PatientRecord.key(caregiver.getPatient()))).isPresent());
		boolean ofPatient = event.getEntity().stream()
				.anyMatch(e -> patient.equals(PatientRecord.key(e.getWhat())) || record.resolve(e.getWhat()).isPresent());
		return byBeneficiary && ofPatient;
	}
}
