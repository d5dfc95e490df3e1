package org.snpmoc.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** Settings of the FHIR endpoint, bound from {@code moc.server.*}. */
@Validated
@ConfigurationProperties(prefix = "moc.server")
public record ServerProperties(
		@NotBlank String name,
		DataSize maxRequestSize,
		@Min(1) int defaultPageSize,
		@Min(1) int maxPageSize,
		String publicBaseUrl) {

	public ServerProperties {
		if (maxRequestSize == null) {
			maxRequestSize = DataSize.ofMegabytes(20);
		}
	}
}
