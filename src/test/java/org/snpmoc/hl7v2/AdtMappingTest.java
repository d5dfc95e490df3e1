package org.snpmoc.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.snpmoc.contract.MocCodes;

/** Reading ADT messages of 2.3 and 2.5.1 and what each event does to the stay's Encounter, without a server. */
class AdtMappingTest {
	private static final ZoneId ZONE = ZoneId.of("America/New_York");
	private static final EncounterMapping.Targets TARGETS = new EncounterMapping.Targets(new Reference("Patient/p1"),
			new Reference("Organization/o1"), new Reference("Location/ward"), new Reference("Location/snf"));

	static final String A01_V23 = String.join("\r",
			"MSH|^~\\&|ADT1|HARBOR^2.16.840.1.113883.3.999^ISO|SNPMOC|PLAN|202606010830||ADT^A01|MSG-23-1|P|2.3",
			"EVN|A01|202606010830",
			"PID|1||MRN-7731^^^HARBOR_MRN^MR~QX-55-019^^^^MB||Okafor^Ada||19440312|F",
			"PV1|1|I|4WEST^412^B^HARBOR||||||||||||||||V-2026-0042|||||||||||||||||||||||||202606010815");

	static final String A03_V251 = String.join("\r",
			"MSH|^~\\&|ADT1|HARBOR|SNPMOC|PLAN|20260605141500-0400||ADT^A03^ADT_A03|MSG-251-9|P|2.5.1",
			"EVN|A03|20260605141500-0400",
			"PID|1||QX-55-019^^^PLAN&2.16.840.1.113883.3.777&ISO^MB||Okafor^Ada||19440312|F",
			"PV1|1|I|4WEST^412^B^HARBOR||||||||||||||||V-2026-0042|||||||||||||||||06|PALMSNF|||||||202606010815|20260605140000");

	@Test
	void aVersionTwoThreeAdmissionIsReadThroughTheTwoFiveOneModel() throws Exception {
		AdtMessage message = AdtMessage.parse(A01_V23.replace('\r', '\n'));

		assertThat(message.event()).isEqualTo("A01");
		assertThat(message.header().controlId()).isEqualTo("MSG-23-1");
		assertThat(message.header().version()).isEqualTo("2.3");
		assertThat(message.patientIds()).containsExactly(new AdtMessage.PatientId("MRN-7731", "HARBOR_MRN", "", ""),
				new AdtMessage.PatientId("QX-55-019", "", "", ""));
		assertThat(message.visitNumber()).isEqualTo("V-2026-0042");
		assertThat(message.facility()).isEqualTo("HARBOR");
		assertThat(message.location()).isEqualTo("4WEST^412^B");

		Encounter stay = EncounterMapping.apply(message, null, TARGETS, ZONE);
		assertThat(stay.getStatus()).isEqualTo(Encounter.EncounterStatus.INPROGRESS);
		assertThat(stay.getClass_().getCode()).isEqualTo("IMP");
		assertThat(stay.getClass_().getSystem()).isEqualTo(MocCodes.V3_ACT_CODE);
		assertThat(stay.getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-06-01T08:15:00-04:00");
		assertThat(stay.hasPeriod() && stay.getPeriod().hasEnd()).isFalse();
		assertThat(stay.getIdentifierFirstRep().getSystem()).isEqualTo(MocCodes.BASE + "/hl7v2/facility/HARBOR/visit");
		assertThat(stay.getIdentifierFirstRep().getValue()).isEqualTo("V-2026-0042");
		assertThat(stay.getSubject().getReference()).isEqualTo("Patient/p1");
		assertThat(stay.getServiceProvider().getReference()).isEqualTo("Organization/o1");
		assertThat(stay.getLocationFirstRep().getLocation().getReference()).isEqualTo("Location/ward");
		assertThat(stay.getMeta().getProfile()).extracting(p -> p.getValue())
				.containsExactly(MocCodes.profile("moc-transition-encounter"));
	}

	@Test
	void aDischargeFinishesTheStayWithItsDispositionAndDestinationAndItsCancelUndoesIt() throws Exception {
		Encounter admitted = EncounterMapping.apply(AdtMessage.parse(A01_V23), null, TARGETS, ZONE);
		AdtMessage discharge = AdtMessage.parse(A03_V251);
		assertThat(discharge.patientIds()).containsExactly(
				new AdtMessage.PatientId("QX-55-019", "PLAN", "2.16.840.1.113883.3.777", "ISO"));

		Encounter discharged = EncounterMapping.apply(discharge, admitted.copy(), TARGETS, ZONE);
		assertThat(discharged.getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
		assertThat(discharged.getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-06-05T14:00:00-04:00");
		assertThat(discharged.getHospitalization().getDischargeDisposition().getCodingFirstRep().getCode()).isEqualTo("06");
		assertThat(discharged.getHospitalization().getDestination().getReference()).isEqualTo("Location/snf");
		assertThat(discharged.getLocationFirstRep().getStatus()).isEqualTo(Encounter.EncounterLocationStatus.COMPLETED);

		Encounter undone = EncounterMapping.apply(AdtMessage.parse(A03_V251.replace("ADT^A03^ADT_A03", "ADT^A13^ADT_A01")
				.replace("EVN|A03", "EVN|A13")), discharged.copy(), TARGETS, ZONE);
		assertThat(undone.getStatus()).isEqualTo(Encounter.EncounterStatus.INPROGRESS);
		assertThat(undone.getPeriod().hasEnd()).isFalse();
		assertThat(undone.getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-06-01T08:15:00-04:00");
		assertThat(undone.getHospitalization().hasDischargeDisposition()).isFalse();
		assertThat(undone.getHospitalization().hasDestination()).isFalse();
		assertThat(undone.getLocationFirstRep().getStatus()).isEqualTo(Encounter.EncounterLocationStatus.ACTIVE);
	}

	@Test
	void aTransferKeepsTheLocationHistoryAndACancelledAdmissionIsCancelled() throws Exception {
		Encounter admitted = EncounterMapping.apply(AdtMessage.parse(A01_V23), null, TARGETS, ZONE);
		AdtMessage transfer = AdtMessage.parse(A01_V23.replace("ADT^A01", "ADT^A02").replace("EVN|A01|202606010830",
				"EVN|A02|202606021000"));
		Encounter moved = EncounterMapping.apply(transfer, admitted.copy(), new EncounterMapping.Targets(
				TARGETS.patient(), TARGETS.facility(), new Reference("Location/icu"), null), ZONE);

		assertThat(moved.getLocation()).extracting(l -> l.getLocation().getReference(), l -> l.getStatus())
				.containsExactly(org.assertj.core.groups.Tuple.tuple("Location/ward", Encounter.EncounterLocationStatus.COMPLETED),
						org.assertj.core.groups.Tuple.tuple("Location/icu", Encounter.EncounterLocationStatus.ACTIVE));
		assertThat(moved.getLocation().get(0).getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-06-02T10:00:00-04:00");
		assertThat(moved.getStatus()).isEqualTo(Encounter.EncounterStatus.INPROGRESS);

		Encounter cancelled = EncounterMapping.apply(AdtMessage.parse(A01_V23.replace("ADT^A01", "ADT^A11")),
				moved.copy(), TARGETS, ZONE);
		assertThat(cancelled.getStatus()).isEqualTo(Encounter.EncounterStatus.CANCELLED);
	}

	@Test
	void anEmergencyVisitIsNotATransitionAndAnUnknownClassIsRefused() throws Exception {
		Encounter emergency = EncounterMapping.apply(AdtMessage.parse(A01_V23.replace("PV1|1|I|", "PV1|1|E|")
				.replace("ADT^A01", "ADT^A04")), null, TARGETS, ZONE);
		assertThat(emergency.getClass_().getCode()).isEqualTo("EMER");
		assertThat(emergency.getMeta().getProfile()).isEmpty();

		assertThatThrownBy(() -> EncounterMapping.apply(AdtMessage.parse(A01_V23.replace("PV1|1|I|", "PV1|1|Z|")),
				null, TARGETS, ZONE)).isInstanceOf(AdtRejection.class).hasMessageContaining("patient class 'Z'");
	}

	@Test
	void malformedAndUnsupportedMessagesAreRejectedWithTheirReason() {
		assertThatThrownBy(() -> AdtMessage.parse(A01_V23.replace("ADT^A01", "ADT^A40")))
				.isInstanceOf(AdtRejection.class).hasMessageContaining("unsupported event 'A40'")
				.extracting(e -> ((AdtRejection) e).code()).isEqualTo(AdtRejection.Code.AR);
		assertThatThrownBy(() -> AdtMessage.parse(A01_V23.replace("|2.3", "|2.7")))
				.isInstanceOf(AdtRejection.class).hasMessageContaining("unsupported HL7 version '2.7'");
		assertThatThrownBy(() -> AdtMessage.parse(A01_V23.replace("PV1|1|I|", "PV1|1|I|").replace("V-2026-0042", "")))
				.isInstanceOf(AdtRejection.class).hasMessageContaining("PV1-19");
		assertThatThrownBy(() -> AdtMessage.parse("MSH|^~\\&|ADT1|HARBOR|||2026||ADT^A01|X1|P|2.5.1\rPID|1||"))
				.isInstanceOf(AdtRejection.class).hasMessageContaining("PID-3");
		assertThat(MessageHeader.read("{\"resourceType\":\"Patient\"}")).isNull();
		assertThatThrownBy(() -> EncounterMapping.apply(AdtMessage.parse(A01_V23.replace("202606010815", "2026061")),
				null, TARGETS, ZONE)).isInstanceOf(AdtRejection.class).hasMessageContaining("PV1-44");
	}

	@Test
	void anAssigningAuthorityBecomesAnIdentifierSystem() {
		Hl7v2Properties properties = new Hl7v2Properties(0, "127.0.0.1", 1, java.time.Duration.ofSeconds(1), 4096,
				List.of(), Map.of("harbor_mrn", "http://harbor.example/mrn"));
		assertThat(MemberMatch.system(new AdtMessage.PatientId("1", "PLAN", "2.16.840.1.113883.3.777", "ISO"), properties))
				.isEqualTo("urn:oid:2.16.840.1.113883.3.777");
		assertThat(MemberMatch.system(new AdtMessage.PatientId("1", "", "https://plan.example/member", "URI"), properties))
				.isEqualTo("https://plan.example/member");
		assertThat(MemberMatch.system(new AdtMessage.PatientId("1", "HARBOR_MRN", "", ""), properties))
				.isEqualTo("http://harbor.example/mrn");
		assertThat(MemberMatch.system(new AdtMessage.PatientId("1", "OTHER", "", ""), properties)).isNull();
	}

	@Test
	void theAcknowledgmentEchoesTheControlIdAndNamesTheReason() throws Exception {
		MessageHeader header = MessageHeader.read(A01_V23);
		String ack = AdtAck.rejected(header, AdtRejection.error("204", "unknown member: nobody")).er7();
		String[] segments = ack.split("\r");
		assertThat(segments[0]).startsWith("MSH|^~\\&|SNPMOC|PLAN|ADT1|HARBOR|").contains("|ACK^A01^ACK|").endsWith("|P|2.3");
		assertThat(segments[1]).isEqualTo("MSA|AE|MSG-23-1|unknown member: nobody");
		assertThat(segments[2]).startsWith("ERR|||204^Unknown key identifier^HL70357|E|").endsWith("|unknown member: nobody");
		assertThat(AdtAck.accepted(header, "A01 applied").er7()).contains("\rMSA|AA|MSG-23-1|A01 applied");
	}
}
