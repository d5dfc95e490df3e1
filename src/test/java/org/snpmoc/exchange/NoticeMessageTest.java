package org.snpmoc.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Endpoint;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.contract.MocCodes;
import org.snpmoc.support.ProfileCheck;

class NoticeMessageTest {
	private static final Instant LEARNED = Instant.parse("2026-06-01T08:00:00Z");
	private static final Instant DUE = Instant.parse("2026-06-03T08:00:00Z");

	@Test
	void theMessageIsADaVinciAdmissionNotificationToTheStatesEndpoint() {
		Bundle message = NoticeMessage.message("notice-stay", "http://example.org/fhir", stay(),
				List.of(patient(), hospital()), agency(), new Reference("Organization/plan"), new Date());

		assertThat(message.getType()).isEqualTo(Bundle.BundleType.MESSAGE);
		MessageHeader header = (MessageHeader) message.getEntryFirstRep().getResource();
		assertThat(header.getEventCoding().getSystem()).isEqualTo("http://hl7.org/fhir/us/davinci-alerts/CodeSystem/notification-event");
		assertThat(header.getEventCoding().getCode()).isEqualTo("notify-admission");
		assertThat(header.getFocusFirstRep().getReference()).isEqualTo("Encounter/stay");
		assertThat(header.getDestinationFirstRep().getEndpoint()).isEqualTo("https://state.example.org/fhir");
		assertThat(header.getDestinationFirstRep().getReceiver().getReference()).isEqualTo("Organization/agency");
		assertThat(header.getSender().getReference()).isEqualTo("Organization/plan");
		assertThat(message.getEntry()).extracting(e -> e.getResource().fhirType())
				.containsExactly("MessageHeader", "Encounter", "Patient", "Organization");
		// The Da Vinci code system is not in this IG's terminology; everything else must conform.
		assertThat(ProfileCheck.errors(message).lines().filter(l -> !l.contains("davinci-alerts"))).isEmpty();
	}

	@Test
	void theNoticeIsRecordedUnsentWithItsDueTimeAndOnceSentAsOnTimeOrLate() {
		Communication pending = NoticeMessage.pending("notice-stay", "Patient/p1", stay(), agency(), "fl-agency", null,
				LEARNED, DUE);
		assertThat(pending.getStatus()).isEqualTo(Communication.CommunicationStatus.INPROGRESS);
		assertThat(NoticeMessage.due(pending)).isEqualTo(DUE);
		assertThat(pending.getRecipientFirstRep().getReference()).isEqualTo("Organization/agency");
		assertThat(pending.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("state-admission-notice");
		assertThat(ProfileCheck.errors(pending)).isEmpty();

		Communication late = NoticeMessage.sent(pending.copy(), "notice-stay", DUE.plusSeconds(60), DUE);
		assertThat(late.getStatus()).isEqualTo(Communication.CommunicationStatus.COMPLETED);
		assertThat(late.getExtensionByUrl(MocCodes.EXT_NOTICE_TIMELINESS).getValue().primitiveValue()).isEqualTo("late");
		assertThat(((Reference) late.getPayloadFirstRep().getContent()).getReference()).isEqualTo("Bundle/notice-stay");
		assertThat(ProfileCheck.errors(late)).isEmpty();
		Communication onTime = NoticeMessage.sent(pending.copy(), "notice-stay", DUE, DUE);
		assertThat(onTime.getExtensionByUrl(MocCodes.EXT_NOTICE_TIMELINESS).getValue().primitiveValue()).isEqualTo("on-time");
	}

	@Test
	void thePlanRateCountsNoticesDueInTheYearByHowTheyWereSent() {
		EvaluationContext context = new EvaluationContext(LocalDate.of(2026, 6, 30), ZoneId.of("America/New_York"));
		Instant now = Instant.parse("2026-07-15T00:00:00Z");
		Communication pending = NoticeMessage.pending("n", "Patient/p1", stay(), agency(), "fl-agency", null, LEARNED, DUE);
		Communication onTime = NoticeMessage.sent(pending.copy(), "n", DUE.minusSeconds(3600), DUE);
		Communication late = NoticeMessage.sent(pending.copy(), "n", DUE.plusSeconds(3600), DUE);
		Communication sentAfterAsOf = NoticeMessage.sent(pending.copy(), "n", Instant.parse("2026-07-10T00:00:00Z"), DUE);
		Communication notYetDue = NoticeMessage.pending("n", "Patient/p1", stay(), agency(), "fl-agency", null,
				Instant.parse("2026-06-30T20:00:00Z"), Instant.parse("2026-07-02T20:00:00Z"));
		Communication lastYear = NoticeMessage.pending("n", "Patient/p1", stay(), agency(), "fl-agency", null,
				Instant.parse("2025-05-01T00:00:00Z"), Instant.parse("2025-05-03T00:00:00Z"));

		NoticeTimeliness tally = NoticeTimeliness.of(List.of(onTime, late, pending, sentAfterAsOf, notYetDue, lastYear),
				context, now);

		assertThat(tally).isEqualTo(new NoticeTimeliness(1, 1, 2, 0));
		assertThat(tally.due()).isEqualTo(4);
		assertThat(tally.rate()).isEqualByComparingTo("0.25");
	}

	private static Encounter stay() {
		Encounter stay = new Encounter().setStatus(Encounter.EncounterStatus.INPROGRESS)
				.setClass_(new Coding(MocCodes.V3_ACT_CODE, "IMP", null)).setSubject(new Reference("Patient/p1"));
		stay.setId("stay");
		return stay;
	}

	private static Patient patient() {
		Patient patient = new Patient();
		patient.setId("p1");
		return patient;
	}

	private static Organization hospital() {
		Organization hospital = new Organization().setName("Bayview General Hospital");
		hospital.setId("hospital");
		return hospital;
	}

	private static Endpoint agency() {
		Endpoint endpoint = new Endpoint().setStatus(Endpoint.EndpointStatus.ACTIVE).setAddress("https://state.example.org/fhir")
				.setManagingOrganization(new Reference("Organization/agency"));
		endpoint.setId("fl-agency");
		return endpoint;
	}
}
