package org.snpmoc.subscriptions;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Subscription;
import org.snpmoc.config.StorageInterceptor;
import org.springframework.stereotype.Component;

/** Refuses (422) a REST-hook Subscription whose endpoint {@link EndpointPolicy} does not allow, on any write path. */
@Component
@Interceptor
class SubscriptionEndpointCheck implements StorageInterceptor {
	private final EndpointPolicy policy;

	SubscriptionEndpointCheck(EndpointPolicy policy) {
		this.policy = policy;
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	void created(IBaseResource resource) {
		check(resource);
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	void updated(IBaseResource previous, IBaseResource resource) {
		check(resource);
	}

	private void check(IBaseResource resource) {
		if (resource instanceof Subscription subscription
				&& subscription.getChannel().getType() == Subscription.SubscriptionChannelType.RESTHOOK) {
			policy.refusal(subscription.getChannel().getEndpoint()).ifPresent(reason -> {
				throw new UnprocessableEntityException("Subscription.channel.endpoint: " + reason);
			});
		}
	}
}
