package org.snpmoc.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointPolicyTest {
	private final EndpointPolicy defaults = new EndpointPolicy(new SubscriptionProperties(List.of()));

	@ParameterizedTest
	@ValueSource(strings = {
		"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://127.1/", "http://2130706433/",
		"http://0.0.0.0/", "http://[::1]/", "http://[::]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:a9fe:a9fe]/",
		"http://169.254.169.254/latest/meta-data", "http://10.1.2.3/", "http://172.16.0.1/", "http://172.31.255.255/",
		"http://192.168.1.1/", "http://100.64.0.1/", "http://[fc00::1]/", "http://[fd12:3456::1]/", "http://[fe80::1]/",
		"http://[64:ff9b::7f00:1]/", "http://[2002:7f00:1::]/", "http://user@127.0.0.1/", "http://224.0.0.1/",
		"ftp://8.8.8.8/", "file:///etc/passwd", "gopher://8.8.8.8/", "not a url", "http:///nohost", ""
	})
	void privateLoopbackAndOddEndpointsAreRefusedByDefault(String endpoint) {
		assertThat(defaults.refusal(endpoint)).as(endpoint).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = {"https://8.8.8.8/hook", "http://93.184.216.34:8080/fhir", "https://[2606:4700::1111]/"})
	void publicEndpointsAreAllowed(String endpoint) {
		assertThat(defaults.refusal(endpoint)).as(endpoint).isEmpty();
	}

	@Test
	void listedHostsAndRangesAreAllowed() {
		EndpointPolicy policy = new EndpointPolicy(new SubscriptionProperties(List.of("127.0.0.1", "10.0.0.0/8",
				"localhost")));

		assertThat(policy.refusal("http://127.0.0.1:9000/hook")).isEmpty();
		assertThat(policy.refusal("http://10.20.30.40/hook")).isEmpty();
		assertThat(policy.refusal("http://localhost/hook")).isEmpty();
		assertThat(policy.refusal("http://127.0.0.2/hook")).isPresent();
		assertThat(policy.refusal("http://192.168.0.1/hook")).isPresent();
	}
}
