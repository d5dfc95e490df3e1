package org.snpmoc.exchange;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.compliance.PatientRecord;

/**
 * Which admissions a State must hear of, and when: the member's State (from their address), the State's admission
 * classes, whether the member is high-risk (latest HRA tier, or membership in the State's Group), the due time
 * (learned + the State's deadline) and whether a notice sent at a time was on time.
 */
final class NoticeRules {
	private NoticeRules() {}

	/**
	 * The member's State rule: the State of their current home address (use home, or no use; period not ended),
	 * else of any current address; empty when no configured State matches.
	 */
	static Optional<ExchangeProperties.State> stateOf(Patient patient, List<ExchangeProperties.State> states, Instant now) {
		List<Address> current = patient.getAddress().stream()
				.filter(a -> a.getUse() != Address.AddressUse.OLD && a.getUse() != Address.AddressUse.TEMP)
				.filter(a -> current(a.getPeriod(), now))
				.filter(Address::hasState)
				.sorted(Comparator.comparing(a -> a.getUse() == Address.AddressUse.HOME ? 0 : a.hasUse() ? 2 : 1))
				.toList();
		for (Address address : current) {
			String code = address.getState().trim().toUpperCase(Locale.ROOT);
			Optional<ExchangeProperties.State> rule = states.stream().filter(s -> s.code().equals(code)).findFirst();
			if (rule.isPresent()) {
				return rule;
			}
		}
		return Optional.empty();
	}

	/** An admission the State counts: a transition (MocRules) of one of the State's classes. */
	static boolean counts(ExchangeProperties.State state, Encounter encounter) {
		return MocRules.isTransition(encounter) && state.classes().contains(encounter.getClass_().getCode());
	}

	/**
	 * High-risk: the member's latest HRA RiskAssessment (by occurrence) has the State's tier, or the member is an
	 * active member of the State's Group (when one is configured; the Group may be null when not stored).
	 */
	static boolean highRisk(ExchangeProperties.State state, String patientKey, List<RiskAssessment> assessments,
			Group group, Instant now) {
		if (state.tierCounts()) {
			Optional<String> latest = MocRules.latestHra(assessments).map(MocRules::hraTier);
			if (latest.isPresent() && latest.get().equals(state.highRiskTier())) {
				return true;
			}
		}
		return group != null && inGroup(group, patientKey, now);
	}

	static boolean inGroup(Group group, String patientKey, Instant now) {
		return group.getActive() && group.getMember().stream()
				.filter(m -> !m.getInactive() && current(m.getPeriod(), now))
				.anyMatch(m -> patientKey.equals(PatientRecord.key(m.getEntity())));
	}

	/** When the notice is due: the moment the plan learned of the admission plus the State's deadline. */
	static Instant due(Instant learned, ExchangeProperties.State state) {
		return learned.plus(state.deadline());
	}

	/** A notice sent at or before its due time is on time; after it, late (and still reported, never dropped). */
	static boolean onTime(Instant sent, Instant due) {
		return !sent.isAfter(due);
	}

	/** The timeliness code of a sent notice (notice-timeliness CodeSystem). */
	static String timeliness(Instant sent, Instant due) {
		return onTime(sent, due) ? "on-time" : "late";
	}

	private static boolean current(Period period, Instant now) {
		if (period == null || period.isEmpty()) {
			return true;
		}
		Date start = period.getStart();
		Date end = period.getEnd();
		return (start == null || !start.toInstant().isAfter(now)) && (end == null || !end.toInstant().isBefore(now));
	}
}
