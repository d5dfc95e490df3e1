package org.snpmoc.conformance;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.snpmoc.hra.HraTools;

/** HRA tools as the server knows them ({@link HraTools}), and responses to them read from the store. */
final class StoredHraLookup implements HraLookup {
	private final HraTools tools;
	private final DaoRegistry daos;

	StoredHraLookup(HraTools tools, DaoRegistry daos) {
		this.tools = tools;
		this.daos = daos;
	}

	@Override
	public boolean isHraTool(String questionnaireCanonical) {
		return tools.isHraTool(questionnaireCanonical);
	}

	@Override
	public boolean isHraResponse(String reference) {
		IdType id = new IdType(reference);
		if (id.hasBaseUrl() || !"QuestionnaireResponse".equals(id.getResourceType()) || !id.hasIdPart()) {
			return false;
		}
		try {
			QuestionnaireResponse response = (QuestionnaireResponse) daos.getResourceDao(QuestionnaireResponse.class)
					.read(id.toUnqualifiedVersionless(), new SystemRequestDetails());
			return tools.isHraTool(response.getQuestionnaire());
		} catch (ResourceNotFoundException | ResourceGoneException e) {
			return false;
		}
	}
}
