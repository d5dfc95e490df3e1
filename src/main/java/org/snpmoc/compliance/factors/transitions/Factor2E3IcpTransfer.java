package org.snpmoc.compliance.factors.transitions;

import static org.snpmoc.contract.MocCodes.ICP_TRANSFER;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Reference;
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
 * 2E.3: the ICP moves with the beneficiary: an icp-transfer Communication about the ICP to the admitting setting
 * (the stay's serviceProvider) after admission, and to the next setting (the destination Location or its managing
 * Organization) after discharge when one is recorded.
 */
public final class Factor2E3IcpTransfer implements FactorEvaluator {
	private final int transferDays;

	public Factor2E3IcpTransfer(int icpTransferDays) {
		this.transferDays = icpTransferDays;
	}

	@Override
	public String factor() {
		return "2E.3";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		Set<String> icps = new HashSet<>();
		care.icps().forEach(cp -> icps.add(PatientRecord.key(cp)));
		List<Communication> transfers = care.communications(ICP_TRANSFER).stream()
				.filter(c -> CareRecord.subjectsOf(c).stream().anyMatch(r -> icps.contains(PatientRecord.key(r))))
				.toList();
		List<Window> windows = new ArrayList<>();
		for (Transition t : care.transitions()) {
			windows.add(admissionWindow(t, transfers, care));
			if (t.discharged() != null && t.encounter().getHospitalization().hasDestination()) {
				windows.add(dischargeWindow(t, transfers, care));
			}
		}
		return TransitionWindows.combine(factor(), windows, context);
	}

	private Window admissionWindow(Transition t, List<Communication> transfers, CareRecord care) {
		Reference provider = t.encounter().getServiceProvider();
		String setting = PatientRecord.key(provider);
		// Without a recorded serviceProvider, a transfer to any organization or location stands for the setting.
		List<Event> sent = transfers.stream()
				.filter(c -> c.getRecipient().stream().map(PatientRecord::key)
						.anyMatch(r -> setting.isEmpty() ? isSetting(r) : r.equals(setting)))
				.map(c -> new Event(care.sent(c), PatientRecord.key(c)))
				.toList();
		String to = setting.isEmpty() ? "the admitting setting" : "the admitting setting " + setting;
		return TransitionWindows.window(factor(),
				"ICP transfer to " + to + " within " + TransitionWindows.days(transferDays) + " of " + TransitionWindows.admission(t),
				t.admitted(), t.admitted().plusDays(transferDays), sent, List.of(t.key()), care.context().asOf())
				.triggeredBy(Trigger.admission(t.key()));
	}

	private Window dischargeWindow(Transition t, List<Communication> transfers, CareRecord care) {
		Reference destination = t.encounter().getHospitalization().getDestination();
		Set<String> next = new HashSet<>();
		next.add(PatientRecord.key(destination));
		care.record().resolve(destination, Location.class)
				.ifPresent(l -> next.add(PatientRecord.key(l.getManagingOrganization())));
		next.remove("");
		List<Event> sent = transfers.stream()
				.filter(c -> c.getRecipient().stream().map(PatientRecord::key).anyMatch(next::contains))
				.map(c -> new Event(care.sent(c), PatientRecord.key(c)))
				.toList();
		return TransitionWindows.window(factor(),
				"ICP transfer to the next setting " + String.join(" / ", next) + " within "
						+ TransitionWindows.days(transferDays) + " of " + TransitionWindows.discharge(t),
				t.discharged(), t.discharged().plusDays(transferDays), sent, List.of(t.key()), care.context().asOf())
				.triggeredBy(Trigger.discharge(t.key()));
	}

	private static boolean isSetting(String key) {
		return key.startsWith("Organization/") || key.startsWith("Location/");
	}
}
