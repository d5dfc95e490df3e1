package org.snpmoc.security;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * On an open server ({@code moc.security.enabled=false}) nobody is ever authorised, so health details would never
 * show; show them, so the "security is off" warning is on {@code /actuator/health} for everyone to see.
 */
public class OpenServerHealthDetails implements EnvironmentPostProcessor {
	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if ("false".equalsIgnoreCase(environment.getProperty("moc.security.enabled", "true"))) {
			environment.getPropertySources().addFirst(new MapPropertySource("moc-open-server",
					Map.of("management.endpoint.health.show-details", "always")));
		}
	}
}
