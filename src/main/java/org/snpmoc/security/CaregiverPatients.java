package org.snpmoc.security;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.springframework.beans.factory.ObjectProvider;

/** Whom a caregiver acts for: the patient of each active RelatedPerson their login is linked to, as stored now. */
public class CaregiverPatients {
	private final ObjectProvider<DaoRegistry> daos;

	public CaregiverPatients(ObjectProvider<DaoRegistry> daos) {
		this.daos = daos;
	}

	/** Patient id → the RelatedPerson (reference) through which the caregiver acts for them. */
	public Map<String, String> of(List<String> fhirUsers) {
		Map<String, String> patients = new LinkedHashMap<>();
		for (String link : fhirUsers) {
			if (!link.startsWith("RelatedPerson/")) {
				continue;
			}
			try {
				RelatedPerson person = daos.getObject().getResourceDao(RelatedPerson.class)
						.read(new IdType(link), new SystemRequestDetails());
				if (person.hasActive() && !person.getActive()) {
					continue;
				}
				if (person.getPatient().getReferenceElement().getResourceType() != null
						&& "Patient".equals(person.getPatient().getReferenceElement().getResourceType())) {
					patients.putIfAbsent(person.getPatient().getReferenceElement().getIdPart(), link);
				}
			} catch (ResourceNotFoundException | ResourceGoneException e) {
				// A link to a RelatedPerson no longer stored grants nothing.
			}
		}
		return patients;
	}

	public String displayName(String patientId) {
		try {
			Patient patient = daos.getObject().getResourceDao(Patient.class).read(new IdType("Patient", patientId),
					new SystemRequestDetails());
			return patient.getName().isEmpty() ? "Patient/" + patientId : patient.getNameFirstRep().getNameAsSingleString();
		} catch (ResourceNotFoundException | ResourceGoneException e) {
			return "Patient/" + patientId;
		}
	}
}
