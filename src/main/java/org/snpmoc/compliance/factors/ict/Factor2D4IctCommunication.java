package org.snpmoc.compliance.factors.ict;

import org.snpmoc.compliance.WindowChain;

import static org.snpmoc.contract.MocCodes.ICT_MEETING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Communication;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.Window;
import org.snpmoc.compliance.Windows;

/**
 * 2D.4: ICT communication is regular (an ict-meeting within the meeting interval of the first ICT's start, then
 * of the previous meeting) and every Communication sent to the beneficiary in the look-back year is in their
 * language or through an interpreter, when they need one.
 */
public final class Factor2D4IctCommunication implements FactorEvaluator {
	private static final String SUBJECT = "ICT meeting";
	private final int ictMeetingDays;

	public Factor2D4IctCommunication(int ictMeetingDays) {
		this.ictMeetingDays = ictMeetingDays;
	}

	@Override
	public String factor() {
		return "2D.4";
	}

	@Override
	public FactorResult evaluate(PatientRecord record, EvaluationContext context) {
		CareRecord care = new CareRecord(record, context);
		List<Window> windows = new ArrayList<>(meetingWindows(care));
		languageWindow(care).ifPresent(windows::add);
		return Windows.combine(factor(), windows, context,
				"no ICT meeting due yet, and no Communication in the look-back year to check for the beneficiary's language");
	}

	private List<Window> meetingWindows(CareRecord care) {
		Optional<CareTeam> first = ActiveIct.earliest(care);
		if (first.isEmpty()) {
			return List.of();
		}
		List<WindowChain.Event> meetings = care.communications(ICT_MEETING).stream()
				.map(c -> new WindowChain.Event(care.sent(c), PatientRecord.key(c)))
				.toList();
		LocalDate start = ActiveIct.start(first.get(), care);
		return WindowChain.overEvents(factor(), SUBJECT, ictMeetingDays, meetings, care.context().asOf())
				.from(SUBJECT + " within " + ictMeetingDays + " days of the ICT's start on " + start,
						start, start.plusDays(ictMeetingDays), List.of(PatientRecord.key(first.get())), care.context().asOf());
	}

	/** A check on asOf over the look-back year's Communications to the beneficiary, when their language matters. */
	private Optional<Window> languageWindow(CareRecord care) {
		PatientRecord record = care.record();
		Optional<BeneficiaryLanguage> need = BeneficiaryLanguage.of(record.patient());
		if (need.isEmpty()) {
			return Optional.empty();
		}
		List<Communication> toBeneficiary = record.all(Communication.class).stream()
				.filter(MocRules::wasSent)
				.filter(c -> care.context().inLookBackYear(care.sent(c)))
				.filter(c -> c.getRecipient().stream().anyMatch(r -> record.patientKey().equals(PatientRecord.key(r))))
				.toList();
		if (toBeneficiary.isEmpty()) {
			return Optional.empty();
		}
		List<Communication> offending = toBeneficiary.stream().filter(c -> !need.get().reachedBy(c)).toList();
		List<String> evidence = new ArrayList<>(List.of(record.patientKey()));
		toBeneficiary.forEach(c -> evidence.add(PatientRecord.key(c)));
		String what = offending.isEmpty()
				? "every Communication to the beneficiary in the look-back year records " + need.get().describe()
						+ " or an interpreter"
				: "record of " + need.get().describe() + " or an interpreter on "
						+ offending.stream().map(c -> PatientRecord.key(c) + " sent " + care.sent(c))
								.collect(Collectors.joining(", "));
		return Optional.of(Window.stateOnDate(factor(), what, care.context().asOf(), offending.isEmpty(), evidence));
	}
}
