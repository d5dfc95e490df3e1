package org.snpmoc.compliance.factors.ict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.ict.IctFixtures.*;
import static org.snpmoc.contract.MocCodes.*;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.Outcome;

class Factor2D4IctCommunicationTest {
	private final Factor2D4IctCommunication check = new Factor2D4IctCommunication(365);
	private static final LocalDate START = LocalDate.of(2025, 3, 1);

	private static Patient spanishSpeaker() {
		Patient patient = patient();
		patient.addCommunication().setPreferred(true).setLanguage(concept("urn:ietf:bcp:47", "es"));
		return patient;
	}

	private static Communication toBeneficiary(String id, LocalDate sent, String language) {
		Communication c = communication(id, ICP_UPDATE_NOTICE, sent, List.of("CarePlan/cp1"), List.of(PATIENT));
		c.setLanguage(language);
		return c;
	}

	@Test
	void metWhenTheTeamMeetsWithinAYearOfItsStart() {
		var meeting = communication("m1", ICT_MEETING, START.plusDays(365), List.of(), List.of("CareTeam/t1"));

		var result = check.evaluate(record(ict("t1", START), meeting), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).contains("Communication/m1");
	}

	@Test
	void notMetWhenTheTeamHasNotMetForAYear() {
		var meeting = communication("m1", ICT_MEETING, START.plusDays(366), List.of(), List.of("CareTeam/t1"));

		assertThat(check.evaluate(record(ict("t1", START), meeting), CONTEXT).outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void communicationInThePreferredLanguageRegionVariantIsMet() {
		var result = check.evaluate(record(spanishSpeaker(), ict("t1", daysBefore(100)),
				toBeneficiary("c1", daysBefore(10), "es-MX")), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.MET);
		assertThat(result.evidence()).contains("Patient/p1", "Communication/c1");
	}

	@Test
	void notMetWhenACommunicationToASpanishSpeakerRecordsNoLanguage() {
		var result = check.evaluate(record(spanishSpeaker(), ict("t1", daysBefore(100)),
				toBeneficiary("c1", daysBefore(10), "es"), toBeneficiary("c2", daysBefore(5), null)), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.reason()).contains("language es or an interpreter on Communication/c2 sent " + daysBefore(5))
				.doesNotContain("Communication/c1 sent");
	}

	@Test
	void anInterpreterMediumReachesTheBeneficiary() {
		var viaInterpreter = toBeneficiary("c1", daysBefore(10), "en");
		viaInterpreter.addMedium(concept(CS_ARTIFACT, INTERPRETER));

		assertThat(check.evaluate(record(spanishSpeaker(), viaInterpreter), CONTEXT).outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void withAnInterpreterNeededAndNoPreferredLanguageAnyRecordedLanguageDoes() {
		Patient patient = patient();
		patient.addExtension(EXT_INTERPRETER_REQUIRED, new BooleanType(true));

		assertThat(check.evaluate(record(patient, toBeneficiary("c1", daysBefore(10), "vi")), CONTEXT).outcome())
				.isEqualTo(Outcome.MET);
		assertThat(check.evaluate(record(patient, toBeneficiary("c1", daysBefore(10), null)), CONTEXT).outcome())
				.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void anEnglishSpeakerNeedsNoLanguageRecord() {
		Patient patient = patient();
		patient.addCommunication().setPreferred(true).setLanguage(concept("urn:ietf:bcp:47", "en-US"));

		var result = check.evaluate(record(patient, toBeneficiary("c1", daysBefore(10), null)), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
	}

	@Test
	void communicationsBeforeTheLookBackYearAreNotChecked() {
		var result = check.evaluate(record(spanishSpeaker(), toBeneficiary("c1", daysBefore(365), null)), CONTEXT);

		assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
	}

	@Test
	void pendingWhileTheFirstMeetingIsNotYetDue() {
		assertThat(check.evaluate(record(ict("t1", daysBefore(30))), CONTEXT).outcome()).isEqualTo(Outcome.PENDING);
	}
}
