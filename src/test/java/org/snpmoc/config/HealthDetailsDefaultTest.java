package org.snpmoc.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The end-to-end tests read health details; a deployment must not show them (disk path, database) to anyone. */
class HealthDetailsDefaultTest {

	@Test
	void healthDetailsAreForAuthorisedCallersOnly() throws Exception {
		PropertySource<?> defaults = new YamlPropertySourceLoader()
				.load("application", new ClassPathResource("application.yaml")).get(0);
		assertThat(defaults.getProperty("management.endpoint.health.show-details")).hasToString("when-authorized");
	}
}
