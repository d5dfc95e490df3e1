package org.snpmoc.synthetic;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.CS_COMMUNICATION;
import static org.snpmoc.contract.MocCodes.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** The resources of one beneficiary under construction, with the small builders every part needs. */
final class Resources {
	final String patientId;
	final List<Resource> all = new ArrayList<>();

	Resources(String patientId) {
		this.patientId = patientId;
	}

	<T extends Resource> T add(T resource, String idSuffix, String profileId) {
		resource.setId(patientId + "-" + idSuffix);
		if (profileId != null) {
			resource.getMeta().addProfile(profile(profileId));
		}
		all.add(resource);
		return resource;
	}

	Reference patient() {
		return new Reference("Patient/" + patientId);
	}

	Reference caregiver() {
		return new Reference("RelatedPerson/" + patientId + "-caregiver");
	}

	Reference careTeam() {
		return new Reference("CareTeam/" + patientId + "-ict");
	}

	Reference carePlan() {
		return new Reference("CarePlan/" + patientId + "-icp");
	}

	static Reference ref(String type, String id) {
		return new Reference(type + "/" + id);
	}

	static Reference ref(Resource resource) {
		return new Reference(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
	}

	static CodeableConcept artifact(String code, String display) {
		return new CodeableConcept(new Coding(CS_ARTIFACT, code, display));
	}

	static DateTimeType date(LocalDate date) {
		return new DateTimeType(date.toString());
	}

	/** A completed Communication of a moc-communication category, sent on the given date. */
	Communication communication(String idSuffix, String category, LocalDate sent, Reference sender, String text) {
		Communication c = add(new Communication(), idSuffix, "moc-communication");
		c.setStatus(Communication.CommunicationStatus.COMPLETED);
		c.addCategory(new CodeableConcept(new Coding(CS_COMMUNICATION, category, null)));
		c.setSubject(patient());
		c.setSentElement(date(sent));
		c.setSender(sender);
		c.addPayload().setContent(new org.hl7.fhir.r4.model.StringType(text));
		return c;
	}
}
