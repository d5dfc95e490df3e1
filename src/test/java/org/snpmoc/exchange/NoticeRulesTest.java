package org.snpmoc.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.RISK_PROBABILITY;
import static org.snpmoc.contract.MocCodes.V3_ACT_CODE;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.junit.jupiter.api.Test;

class NoticeRulesTest {
	private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
	private static final ExchangeProperties.State FLORIDA =
			new ExchangeProperties.State("fl", "fl-agency", null, null, null, null);
	private static final ExchangeProperties.State TEXAS =
			new ExchangeProperties.State("TX", "tx-agency", "none", "tx-high-risk", Duration.ofHours(24), List.of("IMP"));

	@Test
	void theMembersStateIsTheStateOfTheirCurrentHomeAddress() {
		Patient moved = new Patient();
		moved.addAddress().setUse(Address.AddressUse.OLD).setState("TX");
		moved.addAddress().setUse(Address.AddressUse.HOME).setState("FL");
		assertThat(NoticeRules.stateOf(moved, List.of(FLORIDA, TEXAS), NOW)).contains(FLORIDA);

		Patient ended = new Patient();
		ended.addAddress().setUse(Address.AddressUse.HOME).setState("FL").getPeriod().setEnd(Date.from(NOW.minusSeconds(86_400)));
		ended.addAddress().setUse(Address.AddressUse.WORK).setState("TX");
		assertThat(NoticeRules.stateOf(ended, List.of(FLORIDA, TEXAS), NOW)).contains(TEXAS);

		Patient elsewhere = new Patient();
		elsewhere.addAddress().setState("NY");
		assertThat(NoticeRules.stateOf(elsewhere, List.of(FLORIDA, TEXAS), NOW)).isEmpty();
		assertThat(NoticeRules.stateOf(new Patient(), List.of(FLORIDA, TEXAS), NOW)).isEmpty();
	}

	@Test
	void anAdmissionCountsWhenItIsATransitionOfOneOfTheStatesClasses() {
		assertThat(NoticeRules.counts(FLORIDA, stay("NONAC", Encounter.EncounterStatus.INPROGRESS))).isTrue();
		assertThat(NoticeRules.counts(TEXAS, stay("NONAC", Encounter.EncounterStatus.INPROGRESS))).isFalse();
		assertThat(NoticeRules.counts(TEXAS, stay("IMP", Encounter.EncounterStatus.INPROGRESS))).isTrue();
		assertThat(NoticeRules.counts(FLORIDA, stay("IMP", Encounter.EncounterStatus.CANCELLED))).isFalse();
		assertThat(NoticeRules.counts(FLORIDA, stay("AMB", Encounter.EncounterStatus.FINISHED))).isFalse();
	}

	@Test
	void aStateMayOnlyNameTransitionClassesAndAPositiveDeadline() {
		assertThatThrownBy(() -> new ExchangeProperties.State("FL", "x", null, null, null, List.of("AMB")))
				.hasMessageContaining("AMB is not a transition class");
		assertThatThrownBy(() -> new ExchangeProperties.State("FL", "x", null, null, Duration.ZERO, null))
				.hasMessageContaining("deadline");
		assertThat(FLORIDA.deadline()).isEqualTo(Duration.ofHours(48));
		assertThat(FLORIDA.code()).isEqualTo("FL");
	}

	@Test
	void highRiskIsTheLatestHraTier() {
		var olderHigh = hra("ra1", "2026-01-10", "high");
		var newerModerate = hra("ra2", "2026-05-10", "moderate");
		assertThat(NoticeRules.highRisk(FLORIDA, "Patient/p1", List.of(olderHigh), null, NOW)).isTrue();
		assertThat(NoticeRules.highRisk(FLORIDA, "Patient/p1", List.of(newerModerate, olderHigh), null, NOW)).isFalse();

		RiskAssessment notAnHra = hra("ra3", "2026-06-01", "high");
		notAnHra.setMethod(null);
		assertThat(NoticeRules.highRisk(FLORIDA, "Patient/p1", List.of(notAnHra), null, NOW)).isFalse();
	}

	@Test
	void highRiskIsAlsoActiveMembershipOfTheStatesGroup() {
		Group group = new Group().setActive(true);
		group.addMember().setEntity(new Reference("Patient/p1"));
		group.addMember().setEntity(new Reference("Patient/p2")).setInactive(true);
		assertThat(NoticeRules.highRisk(TEXAS, "Patient/p1", List.of(), group, NOW)).isTrue();
		assertThat(NoticeRules.highRisk(TEXAS, "Patient/p2", List.of(), group, NOW)).isFalse();
		assertThat(NoticeRules.highRisk(TEXAS, "Patient/p1", List.of(), group.setActive(false), NOW)).isFalse();
		// Tier "none": the State relies on its Group alone.
		assertThat(NoticeRules.highRisk(TEXAS, "Patient/p3", List.of(hra("ra1", "2026-06-01", "high")), null, NOW)).isFalse();
	}

	@Test
	void aNoticeIsDueTheDeadlineAfterThePlanLearnedOfTheAdmissionAndLateAfterThat() {
		Instant learned = Instant.parse("2026-06-01T08:00:00Z");
		Instant due = NoticeRules.due(learned, FLORIDA);
		assertThat(due).isEqualTo(Instant.parse("2026-06-03T08:00:00Z"));
		assertThat(NoticeRules.timeliness(due, due)).isEqualTo("on-time");
		assertThat(NoticeRules.timeliness(due.plusSeconds(1), due)).isEqualTo("late");
	}

	private static Encounter stay(String actClass, Encounter.EncounterStatus status) {
		return new Encounter().setStatus(status).setClass_(new Coding(V3_ACT_CODE, actClass, null));
	}

	static RiskAssessment hra(String id, String occurrence, String tier) {
		RiskAssessment ra = new RiskAssessment().setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
		ra.setId(id);
		ra.setSubject(new Reference("Patient/p1"));
		ra.setMethod(new CodeableConcept(new Coding(CS_ARTIFACT, "hra", null)));
		ra.setOccurrence(new DateTimeType(occurrence));
		ra.addPrediction().setQualitativeRisk(new CodeableConcept(new Coding(RISK_PROBABILITY, tier, null)));
		return ra;
	}
}
