package org.snpmoc.conformance;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.snpmoc.compliance.Codes;
import org.snpmoc.contract.MocCodes;

/**
 * HRA tools known to the server: the package's, those written since start, and those found in the store. Only
 * positive answers are remembered, so a tool stored later is found when its first response arrives.
 */
final class StoredHraLookup implements HraLookup {
	private final Set<String> hraTools = ConcurrentHashMap.newKeySet();
	private final DaoRegistry daos;

	StoredHraLookup(ConformancePackage conformancePackage, DaoRegistry daos) {
		this.daos = daos;
		hraTools.addAll(conformancePackage.hraToolUrls());
	}

	/** Called for a Questionnaire identified as an HRA tool, so its responses are recognised in the same transaction. */
	void remember(Questionnaire tool) {
		if (tool.hasUrl()) {
			hraTools.add(ProfileSelector.withoutVersion(tool.getUrl()));
		}
	}

	@Override
	public boolean isHraTool(String questionnaireCanonical) {
		String url = ProfileSelector.withoutVersion(questionnaireCanonical);
		if (hraTools.contains(url)) {
			return true;
		}
		boolean stored = daos.getResourceDao(Questionnaire.class)
				.searchForResources(SearchParameterMap.newSynchronous("url", new UriParam(url)), new SystemRequestDetails())
				.stream()
				.anyMatch(q -> q.getCode().stream().anyMatch(c -> Codes.is(c, MocCodes.CS_ARTIFACT, MocCodes.HRA)));
		if (stored) {
			hraTools.add(url);
		}
		return stored;
	}

	@Override
	public boolean isHraResponse(String reference) {
		IdType id = new IdType(reference);
		if (id.hasBaseUrl() || !"QuestionnaireResponse".equals(id.getResourceType()) || !id.hasIdPart()) {
			return false;
		}
		try {
			IBaseResource read = daos.getResourceDao(QuestionnaireResponse.class)
					.read(id.toUnqualifiedVersionless(), new SystemRequestDetails());
			QuestionnaireResponse response = (QuestionnaireResponse) read;
			return response.hasQuestionnaire() && isHraTool(response.getQuestionnaire());
		} catch (ResourceNotFoundException | ResourceGoneException e) {
			return false;
		}
	}
}
