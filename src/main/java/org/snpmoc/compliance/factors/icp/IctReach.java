package org.snpmoc.compliance.factors.icp;

import java.util.HashSet;
import java.util.Set;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.PatientRecord;

/**
 * Who counts as "the ICT" as a recipient: any ICT CareTeam of the beneficiary (whatever its status, since a team
 * may have been replaced since) or one of its staff members (not the beneficiary or a caregiver on the team). A member named as a PractitionerRole is also reached
 * through its Practitioner, and the other way round, since senders address either.
 */
public final class IctReach {
	private final Set<String> recipients = new HashSet<>();

	public IctReach(CareRecord care) {
		PatientRecord record = care.record();
		for (CareTeam team : care.icts()) {
			recipients.add(PatientRecord.key(team));
			for (var participant : team.getParticipant()) {
				String member = PatientRecord.key(participant.getMember());
				// The beneficiary and caregivers sit on the team too, but reaching them is not reaching the ICT.
				if (member.isEmpty() || member.startsWith("Patient/") || member.startsWith("RelatedPerson/")) {
					continue;
				}
				recipients.add(member);
				record.resolve(participant.getMember(), PractitionerRole.class)
						.map(role -> PatientRecord.key(role.getPractitioner()))
						.filter(practitioner -> !practitioner.isEmpty())
						.ifPresent(recipients::add);
				if (member.startsWith("Practitioner/")) {
					record.all(PractitionerRole.class).stream()
							.filter(role -> member.equals(PatientRecord.key(role.getPractitioner())))
							.forEach(role -> recipients.add(PatientRecord.key(role)));
				}
			}
		}
	}

	public boolean reaches(Reference recipient) {
		return recipients.contains(PatientRecord.key(recipient));
	}
}
