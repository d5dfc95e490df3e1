package org.snpmoc.exchange;

import static org.snpmoc.contract.MocCodes.CS_COMMUNICATION;
import static org.snpmoc.contract.MocCodes.STATE_ADMISSION_NOTICE;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Endpoint;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.contract.MocCodes;

/**
 * The admission notice to a State, in the shape of Da Vinci Unsolicited Notifications: a {@code message} Bundle
 * whose MessageHeader (event notify-admission, focus the stay) is followed by the stay, the member, their SNP
 * Coverage and the settings; and the Communication that records it (category state-admission-notice, the due time
 * and, once sent, whether it was on time).
 */
final class NoticeMessage {
	static final String EVENT_SYSTEM = "http://hl7.org/fhir/us/davinci-alerts/CodeSystem/notification-event";
	static final String EVENT_ADMISSION = "notify-admission";
	static final String COMMUNICATION_PROFILE = MocCodes.profile("moc-state-admission-notice");
	static final String MESSAGE_PROFILE = MocCodes.profile("moc-admission-notice-message");

	private NoticeMessage() {}

	/**
	 * @param resources the member, their SNP Coverage, the settings of the stay (Organization, Location), in that order
	 * @param sender    the plan Organization, or null (then the server is named only as the source)
	 */
	static Bundle message(String id, String base, Encounter encounter, List<Resource> resources, Endpoint endpoint,
			Reference sender, Date now) {
		MessageHeader header = new MessageHeader();
		header.setId(id);
		header.setEvent(new Coding(EVENT_SYSTEM, EVENT_ADMISSION, "Notify Admission"));
		MessageHeader.MessageDestinationComponent destination = header.addDestination()
				.setEndpoint(endpoint.getAddress()).setName(endpoint.getName());
		if (endpoint.hasManagingOrganization()) {
			destination.setReceiver(endpoint.getManagingOrganization().copy());
		}
		if (sender != null) {
			header.setSender(sender.copy());
		}
		header.getSource().setName("SNP MOC FHIR server").setEndpoint(base);
		header.addFocus(new Reference(PatientRecord.key(encounter)));

		Bundle bundle = new Bundle();
		bundle.setId(id);
		bundle.getMeta().addProfile(MESSAGE_PROFILE);
		bundle.setType(Bundle.BundleType.MESSAGE);
		bundle.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986")
				.setValue("urn:uuid:" + UUID.nameUUIDFromBytes((id + "|" + now.getTime()).getBytes())));
		bundle.setTimestamp(now);
		bundle.addEntry().setFullUrl(base + "/MessageHeader/" + id).setResource(header);
		Map<String, Resource> entries = new LinkedHashMap<>();
		entries.put(PatientRecord.key(encounter), encounter);
		resources.forEach(r -> entries.putIfAbsent(PatientRecord.key(r), r));
		entries.forEach((key, resource) -> bundle.addEntry().setFullUrl(base + "/" + key).setResource(resource));
		return bundle;
	}

	/** The record of a notice not yet sent: in progress, with its due time. */
	static Communication pending(String id, String patient, Encounter encounter, Endpoint endpoint, String endpointId,
			Reference sender, Instant learned, Instant due) {
		Communication notice = new Communication();
		notice.setId(id);
		notice.getMeta().addProfile(MocCodes.profile("moc-communication")).addProfile(COMMUNICATION_PROFILE);
		notice.setStatus(Communication.CommunicationStatus.INPROGRESS);
		notice.addCategory(new CodeableConcept(new Coding(CS_COMMUNICATION, STATE_ADMISSION_NOTICE,
				"State admission notice")));
		notice.setSubject(new Reference(patient));
		notice.addAbout(new Reference(PatientRecord.key(encounter)));
		if (endpoint != null && endpoint.hasManagingOrganization()) {
			notice.addRecipient(endpoint.getManagingOrganization().copy());
		}
		if (sender != null) {
			notice.setSender(sender.copy());
		}
		notice.addExtension(MocCodes.EXT_NOTICE_DUE, instant(due));
		notice.addNote().setText("Admission learned " + learned + "; notice due " + due + " at Endpoint/" + endpointId + ".");
		return notice;
	}

	/** The notice delivered at {@code sent}: completed, the message as payload, on time or late. */
	static Communication sent(Communication notice, String messageId, Instant sent, Instant due) {
		notice.setStatus(Communication.CommunicationStatus.COMPLETED);
		notice.setSentElement(instant(sent));
		notice.getPayload().clear();
		notice.addPayload().setContent(new Reference("Bundle/" + messageId));
		notice.getExtension().removeIf(e -> MocCodes.EXT_NOTICE_TIMELINESS.equals(e.getUrl()));
		String timeliness = NoticeRules.timeliness(sent, due);
		notice.addExtension(MocCodes.EXT_NOTICE_TIMELINESS, new CodeType(timeliness));
		notice.addNote().setText("Delivered " + sent + ", " + ("late".equals(timeliness) ? "late" : "on time") + ".");
		return notice;
	}

	/** The due time a notice states, or null. */
	static Instant due(Communication notice) {
		var ext = notice.getExtensionByUrl(MocCodes.EXT_NOTICE_DUE);
		return ext != null && ext.getValue() instanceof DateTimeType due && due.getValue() != null
				? due.getValue().toInstant() : null;
	}

	static DateTimeType instant(Instant value) {
		DateTimeType type = new DateTimeType(Date.from(value), TemporalPrecisionEnum.MILLI);
		type.setTimeZoneZulu(true);
		return type;
	}
}
