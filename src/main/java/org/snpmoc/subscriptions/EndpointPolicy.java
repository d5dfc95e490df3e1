package org.snpmoc.subscriptions;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Decides whether the server may send notifications to an endpoint, so that a client cannot make the server call
 * its own loopback, the cloud's metadata address or the plan's private network: an endpoint must be http(s), and
 * every address its host resolves to must be public, unless the host or its range is listed in
 * {@code moc.subscriptions.allowed-endpoints}.
 */
@Component
public class EndpointPolicy {
	private final List<String> allowedHosts = new ArrayList<>();
	private final List<Range> allowedRanges = new ArrayList<>();

	EndpointPolicy(SubscriptionProperties properties) {
		for (String entry : properties.allowedEndpoints()) {
			String value = entry.trim().toLowerCase(Locale.ROOT);
			if (value.isEmpty()) {
				continue;
			}
			Range range = Range.parse(value);
			if (range == null) {
				allowedHosts.add(value);
			} else {
				allowedRanges.add(range);
			}
		}
	}

	/** Why notifications may not go to {@code endpoint}, or empty when they may. */
	public Optional<String> refusal(String endpoint) {
		URI uri;
		try {
			uri = new URI(endpoint == null ? "" : endpoint.trim());
		} catch (URISyntaxException e) {
			return Optional.of("The endpoint is not a valid URL");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return Optional.of("The endpoint must be an http or https URL");
		}
		String host = uri.getHost();
		if (host == null || host.isEmpty()) {
			return Optional.of("The endpoint has no host");
		}
		host = host.toLowerCase(Locale.ROOT);
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		if (allowedHosts.contains(host)) {
			return Optional.empty();
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		} catch (UnknownHostException e) {
			return Optional.of("The endpoint's host cannot be resolved");
		}
		for (InetAddress address : addresses) {
			if (!isPublic(address) && allowedRanges.stream().noneMatch(r -> r.contains(address))) {
				return Optional.of("The endpoint's host is not public (loopback, link-local or private network)"
						+ " and not in moc.subscriptions.allowed-endpoints");
			}
		}
		return Optional.empty();
	}

	static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			return first != 0 // "this network"
					&& !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
					&& !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
					&& !(first == 198 && (second == 18 || second == 19)) // benchmarking
					&& first < 240; // reserved and broadcast
		}
		if ((b[0] & 0xfe) == 0xfc) {
			return false; // unique local fc00::/7
		}
		InetAddress embedded = embeddedIpv4((Inet6Address) address);
		return embedded == null || isPublic(embedded);
	}

	/** The IPv4 address inside an IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
	private static InetAddress embeddedIpv4(Inet6Address address) {
		byte[] b = address.getAddress();
		try {
			if (address.isIPv4CompatibleAddress()
					|| (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && zero(b, 4, 12))) {
				return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
			}
			if ((b[0] & 0xff) == 0x20 && b[1] == 0x02) {
				return InetAddress.getByAddress(Arrays.copyOfRange(b, 2, 6));
			}
		} catch (UnknownHostException e) {
			throw new IllegalStateException(e); // four bytes are always an address
		}
		return null;
	}

	private static boolean zero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	/** An IP address or CIDR range of the allow-list. */
	private record Range(byte[] network, int prefix) {
		static Range parse(String value) {
			String[] parts = value.split("/", 2);
			String address = parts[0];
			boolean literal = address.contains(":") || address.matches("[0-9.]+");
			if (!literal) {
				return null;
			}
			try {
				byte[] network = InetAddress.getByName(address).getAddress();
				int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
				if (prefix < 0 || prefix > network.length * 8) {
					throw new IllegalArgumentException("Bad prefix in moc.subscriptions.allowed-endpoints: " + value);
				}
				return new Range(network, prefix);
			} catch (UnknownHostException | NumberFormatException e) {
				throw new IllegalArgumentException("Bad entry in moc.subscriptions.allowed-endpoints: " + value, e);
			}
		}

		boolean contains(InetAddress address) {
			byte[] candidate = address.getAddress();
			if (candidate.length != network.length) {
				return false;
			}
			for (int bit = 0; bit < prefix; bit++) {
				int mask = 0x80 >> (bit % 8);
				if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
					return false;
				}
			}
			return true;
		}
	}
}
