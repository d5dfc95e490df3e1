package org.snpmoc.subscriptions;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.searchparam.matcher.InMemoryMatchResult;
import ca.uhn.fhir.jpa.searchparam.matcher.SearchParamMatcher;
import ca.uhn.fhir.jpa.subscription.match.matcher.subscriber.SubscriptionCriteriaParser.SubscriptionCriteria;
import ca.uhn.fhir.jpa.subscription.match.matcher.subscriber.SubscriptionCriteriaParser.TypeEnum;
import ca.uhn.fhir.jpa.subscription.match.registry.ActiveSubscription;
import ca.uhn.fhir.jpa.subscription.match.registry.SubscriptionRegistry;
import ca.uhn.fhir.jpa.subscription.model.CanonicalSubscription;
import ca.uhn.fhir.jpa.subscription.model.CanonicalSubscriptionChannelType;
import ca.uhn.fhir.jpa.subscription.model.ResourceModifiedMessage;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snpmoc.config.StorageInterceptor;
import org.springframework.stereotype.Component;

/**
 * Turns each write into the REST-hook notifications it causes, queued in the write's own transaction
 * ({@link NotificationQueue}). HAPI's own pipeline hands changes to in-memory channels that drop what they hold at
 * shutdown, so it is left only the changes of Subscriptions themselves (activating and registering them).
 */
@Component
@Interceptor
class NotificationInterceptor implements StorageInterceptor {
	private static final Logger LOG = LoggerFactory.getLogger(NotificationInterceptor.class);

	private final FhirContext fhirContext;
	private final SubscriptionRegistry registry;
	private final SearchParamMatcher matcher;
	private final NotificationQueue queue;

	NotificationInterceptor(FhirContext fhirContext, SubscriptionRegistry registry, SearchParamMatcher matcher,
			NotificationQueue queue) {
		this.fhirContext = fhirContext;
		this.registry = registry;
		this.matcher = matcher;
		this.queue = queue;
	}

	@Hook(Pointcut.SUBSCRIPTION_RESOURCE_MODIFIED)
	boolean onlySubscriptionsThroughHapi(ResourceModifiedMessage message) {
		return "Subscription".equals(message.getResourceType(fhirContext));
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	void created(IBaseResource resource, RequestDetails request) {
		notify(resource, "create", request);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	void updated(IBaseResource previous, IBaseResource resource, RequestDetails request) {
		notify(resource, "update", request);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_DELETED)
	void deleted(IBaseResource resource, RequestDetails request) {
		notify(resource, "delete", request);
	}

	private void notify(IBaseResource resource, String operation, RequestDetails request) {
		String type = fhirContext.getResourceType(resource);
		if (registry.size() == 0 || "Subscription".equals(type)) {
			return; // changes of Subscriptions stay with HAPI's pipeline (see above)
		}
		IIdType id = resource.getIdElement();
		for (ActiveSubscription active : registry.getAllNonTopicSubscriptions()) {
			CanonicalSubscription subscription = active.getSubscription();
			SubscriptionCriteria criteria = active.getCriteria();
			if (subscription.getChannelType() != CanonicalSubscriptionChannelType.RESTHOOK || criteria == null
					|| ("delete".equals(operation) && !subscription.getSendDeleteMessages())) {
				continue;
			}
			if (criteria.getType() != TypeEnum.SEARCH_EXPRESSION) {
				// "[*]" or "[Patient,Observation]": every change of those types
				if (criteria.getType() == TypeEnum.STARTYPE_EXPRESSION
						|| criteria.getApplicableResourceTypes().contains(type)) {
					queue.enqueue(active.getId(), type, id.getIdPart(), id.getVersionIdPart(), operation);
				}
				continue;
			}
			if (!criteria.getApplicableResourceTypes().contains(type)) {
				continue;
			}
			InMemoryMatchResult match = matcher.match(subscription.getCriteriaString(), resource,
					request == null ? new SystemRequestDetails() : request);
			if (!match.supported()) {
				LOG.warn("Subscription/{}: criteria {} cannot be evaluated here ({}); no notification",
						active.getId(), subscription.getCriteriaString(), match.getUnsupportedReason());
			} else if (match.matched()) {
				queue.enqueue(active.getId(), type, id.getIdPart(), id.getVersionIdPart(), operation);
			}
		}
	}
}
