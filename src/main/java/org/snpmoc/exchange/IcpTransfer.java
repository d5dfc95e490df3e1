package org.snpmoc.exchange;

import static org.snpmoc.contract.MocCodes.CS_COMMUNICATION;
import static org.snpmoc.contract.MocCodes.ICP_TRANSFER;

import java.time.Instant;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Reference;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.contract.MocCodes;

/**
 * The icp-transfer Communication of a delivered transition-of-care document, exactly what 2E.3 counts: completed,
 * sent when the setting accepted it, the setting as recipient, about the ICP that was sent and the stay, the stored
 * document as payload.
 */
final class IcpTransfer {
	private IcpTransfer() {}

	static Communication record(String documentId, String patient, Encounter stay, String recipient, CarePlan icp,
			Instant sent) {
		Communication transfer = new Communication();
		transfer.setId(documentId);
		transfer.getMeta().addProfile(MocCodes.profile("moc-communication"));
		transfer.setStatus(Communication.CommunicationStatus.COMPLETED);
		transfer.addCategory(new CodeableConcept(new Coding(CS_COMMUNICATION, ICP_TRANSFER, "ICP transfer")));
		transfer.setSubject(new Reference(patient));
		transfer.addRecipient(new Reference(recipient));
		transfer.setSentElement(NoticeMessage.instant(sent));
		if (icp != null) {
			transfer.addAbout(new Reference(PatientRecord.key(icp)));
		}
		transfer.addAbout(new Reference(PatientRecord.key(stay)));
		transfer.addPayload().setContent(new Reference("Bundle/" + documentId));
		return transfer;
	}
}
