package org.snpmoc.hra;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.HRA;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.UriParam;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.snpmoc.compliance.Codes;
import org.springframework.stereotype.Component;

/**
 * The HRA instruments stored on the server, looked up by canonical URL (any {@code |version} ignored) and cached;
 * the cache forgets a URL whenever a Questionnaire is written or deleted. A Questionnaire is an HRA when its code
 * contains moc-artifact#hra.
 */
@Component
public class HraInstruments {
	private final DaoRegistry daos;
	private final Map<String, Optional<Questionnaire>> cache = new ConcurrentHashMap<>();

	HraInstruments(DaoRegistry daos) {
		this.daos = daos;
	}

	/** The HRA instrument a response answers, if the response points to one. */
	public Optional<Questionnaire> instrumentOf(QuestionnaireResponse response) {
		String canonical = response.getQuestionnaire();
		if (canonical == null || canonical.isBlank()) {
			return Optional.empty();
		}
		String url = canonical.split("\\|", 2)[0];
		return cache.computeIfAbsent(url, this::load);
	}

	/** A response is an HRA when its questionnaire is a stored HRA instrument. */
	public boolean isHra(QuestionnaireResponse response) {
		return instrumentOf(response).isPresent();
	}

	void forget(Questionnaire changed) {
		if (changed.hasUrl()) {
			cache.remove(changed.getUrl());
		} else {
			cache.clear();
		}
	}

	private Optional<Questionnaire> load(String url) {
		IFhirResourceDao<Questionnaire> dao = daos.getResourceDao(Questionnaire.class);
		SearchParameterMap byUrl = SearchParameterMap.newSynchronous().add(Questionnaire.SP_URL, new UriParam(url));
		// Several versions may share the URL: the one stored last is the instrument in use.
		// Ids first, then single reads: a page load of a Questionnaire stored in the same transaction trips Hibernate.
		return dao.searchForResourceIds(byUrl, new SystemRequestDetails()).stream()
				.map(id -> dao.read(id, new SystemRequestDetails()))
				.filter(q -> q.getCode().stream().anyMatch(c -> Codes.is(c, CS_ARTIFACT, HRA)))
				.max(Comparator.comparing(q -> q.getMeta().getLastUpdated()));
	}
}
