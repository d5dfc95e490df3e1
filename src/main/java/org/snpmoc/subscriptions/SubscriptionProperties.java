package org.snpmoc.subscriptions;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * REST-hook delivery settings, bound from {@code moc.subscriptions.*}.
 *
 * @param allowedEndpoints hosts that notifications may go to even though they are not public: host names, IP
 *                         addresses or CIDR ranges ({@code hooks.internal}, {@code 127.0.0.1}, {@code 10.0.0.0/8}).
 *                         Public hosts are always allowed; loopback, link-local and private ranges only when listed.
 */
@ConfigurationProperties(prefix = "moc.subscriptions")
public record SubscriptionProperties(List<String> allowedEndpoints) {

	public SubscriptionProperties {
		allowedEndpoints = allowedEndpoints == null ? List.of() : List.copyOf(allowedEndpoints);
	}
}
