package org.snpmoc.hra;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.config.StorageInterceptor;
import org.snpmoc.conformance.TrustedWrites;
import org.snpmoc.config.WorkflowProperties;
import org.springframework.stereotype.Component;

/**
 * Scores each completed HRA as it is stored and writes its RiskAssessment in the same transaction, so the response
 * is never stored without its stratification. Everything comes from the response and its instrument, so data
 * loaded long after the fact are scored exactly as on the day.
 */
@Component
@Interceptor
class HraScoringInterceptor implements StorageInterceptor {
	private final HraTools tools;
	private final DaoRegistry daos;
	private final WorkflowProperties properties;
	private final HraScorer scorer = new HraScorer();

	HraScoringInterceptor(HraTools tools, DaoRegistry daos, WorkflowProperties properties) {
		this.tools = tools;
		this.daos = daos;
		this.properties = properties;
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	void created(IBaseResource resource) {
		onWrite(resource);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	void updated(IBaseResource previous, IBaseResource resource) {
		onWrite(resource);
	}

	private void onWrite(IBaseResource resource) {
		if (resource instanceof QuestionnaireResponse response && properties.hraScoring().enabled()
				&& MocRules.hasCompletedStatus(response)) {
			tools.toolOf(response).ifPresent(instrument -> {
				String id = response.getIdElement().getIdPart();
				RiskAssessment risk = RiskAssessments.build(id, response, scorer.score(instrument, response));
				daos.getResourceDao(RiskAssessment.class).update(risk, TrustedWrites.request());
			});
		}
	}
}
