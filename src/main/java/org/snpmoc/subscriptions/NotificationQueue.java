package org.snpmoc.subscriptions;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.subscription.match.registry.ActiveSubscription;
import ca.uhn.fhir.jpa.subscription.match.registry.SubscriptionRegistry;
import ca.uhn.fhir.jpa.subscription.model.CanonicalSubscription;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snpmoc.config.DeliveryWorker;
import org.snpmoc.subscriptions.NotificationOutbox.Notification;
import org.springframework.stereotype.Component;

/**
 * Delivers the queued REST-hook notifications once the writes that caused them have committed, oldest first, and
 * removes each only when its endpoint answered 2xx. A failed delivery is retried with a growing pause (up to
 * {@value NotificationOutbox#MAX_ATTEMPTS} attempts); what is left at a stop is delivered after the next start.
 * As HAPI's REST hook: PUT {endpoint}/{type}/{id} with the version as body when the subscription has a payload,
 * DELETE for a deletion, and a bare POST to the endpoint without a payload.
 */
@Component
public class NotificationQueue extends DeliveryWorker<Notification> {
	private static final Logger LOG = LoggerFactory.getLogger(NotificationQueue.class);

	private final NotificationOutbox outbox;
	private final SubscriptionRegistry registry;
	private final DaoRegistry daos;
	private final FhirContext fhirContext;
	private final EndpointPolicy policy;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER).build();

	NotificationQueue(DataSource dataSource, SubscriptionRegistry registry, DaoRegistry daos, FhirContext fhirContext,
			EndpointPolicy policy) {
		super("moc-notifications");
		this.outbox = new NotificationOutbox(dataSource);
		this.registry = registry;
		this.daos = daos;
		this.fhirContext = fhirContext;
		this.policy = policy;
		outbox.createTable();
	}

	/** Records a notification in the writer's transaction; it is sent once that commits. */
	void enqueue(String subscription, String resourceType, String resourceId, String version, String operation) {
		outbox.add(subscription, resourceType, resourceId, version, operation);
		wakeAfterCommit();
	}

	/** Notifications not delivered yet (retries included). */
	public long pending() {
		return outbox.pending();
	}

	/** Notifications given up after {@value NotificationOutbox#MAX_ATTEMPTS} attempts; errors are in the table. */
	public long failed() {
		return outbox.failed();
	}

	@Override
	protected List<Notification> due(long now, int limit) {
		return outbox.due(now, limit);
	}

	@Override
	protected boolean claim(Notification notification, long now) {
		return outbox.claim(notification.id(), now);
	}

	@Override
	protected void deliver(Notification notification) {
		ActiveSubscription active = registry.get(notification.subscription());
		if (active == null) {
			// Deleted or switched off since the write; HAPI's registry loads active ones at start.
			if (notification.attempts() + 1 >= NotificationOutbox.MAX_ATTEMPTS) {
				outbox.delivered(notification.id());
			} else {
				retryLater(notification, "Subscription/" + notification.subscription() + " is not active");
			}
			return;
		}
		CanonicalSubscription subscription = active.getSubscription();
		String endpoint = subscription.getEndpointUrl();
		var refusal = policy.refusal(endpoint);
		if (refusal.isPresent()) {
			LOG.warn("Notification to Subscription/{} not sent: {}", notification.subscription(), refusal.get());
			outbox.failed(notification.id(), refusal.get(), 0, true);
			return;
		}
		try {
			HttpRequest request = request(subscription, notification);
			int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status / 100 == 2) {
				outbox.delivered(notification.id());
			} else {
				retryLater(notification, "HTTP " + status + " from " + endpoint);
			}
		} catch (IOException | RuntimeException e) {
			retryLater(notification, e.toString());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			retryLater(notification, "interrupted");
		}
	}

	private HttpRequest request(CanonicalSubscription subscription, Notification notification) {
		String endpoint = stripSlash(subscription.getEndpointUrl());
		String payload = subscription.getPayloadString();
		HttpRequest.Builder builder;
		if (payload == null || payload.isBlank()) {
			builder = HttpRequest.newBuilder(URI.create(endpoint)).POST(HttpRequest.BodyPublishers.noBody());
		} else {
			URI target = URI.create(endpoint + "/" + notification.resourceType() + "/" + notification.resourceId());
			if ("delete".equals(notification.operation())) {
				builder = HttpRequest.newBuilder(target).DELETE();
			} else {
				EncodingEnum encoding = EncodingEnum.forContentType(payload);
				if (encoding == null) {
					encoding = EncodingEnum.JSON;
				}
				IBaseResource resource = read(notification);
				String body = encoding.newParser(fhirContext).encodeResourceToString(resource);
				builder = HttpRequest.newBuilder(target).header("Content-Type", encoding.getResourceContentTypeNonLegacy())
						.PUT(HttpRequest.BodyPublishers.ofString(body));
			}
		}
		for (String header : subscription.getHeaders()) {
			int colon = header.indexOf(':');
			if (colon > 0) {
				try {
					builder.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
				} catch (IllegalArgumentException e) {
					LOG.warn("Subscription/{}: header {} cannot be sent", subscription.getIdPart(),
							header.substring(0, colon));
				}
			}
		}
		return builder.timeout(Duration.ofSeconds(30)).build();
	}

	private IBaseResource read(Notification notification) {
		IdType id = new IdType(notification.resourceType(), notification.resourceId(), notification.version());
		return daos.getResourceDao(notification.resourceType()).read(id, new SystemRequestDetails());
	}

	private void retryLater(Notification notification, String error) {
		int attempt = notification.attempts() + 1;
		boolean giveUp = lastAttempt(attempt);
		if (giveUp) {
			LOG.error("Notification {} of {}/{} to Subscription/{} given up after {} attempts: {}", notification.id(),
					notification.resourceType(), notification.resourceId(), notification.subscription(), attempt, error);
		} else {
			LOG.warn("Notification to Subscription/{} failed, will retry: {}", notification.subscription(), error);
		}
		outbox.failed(notification.id(), error, retryAt(attempt), giveUp);
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}
}
