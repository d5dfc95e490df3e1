package org.snpmoc.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
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
		String publicBaseUrl,
		@Valid Limits limits) {

	public ServerProperties {
		if (maxRequestSize == null) {
			maxRequestSize = DataSize.ofMegabytes(20);
		}
		if (limits == null) {
			limits = new Limits(null, null, null, null, null, null);
		}
	}

	/**
	 * The most work one request may ask for, bound from {@code moc.server.limits.*}; a request over a limit is refused
	 * with 400 before it reaches the database.
	 *
	 * @param maxParameters    parameters in one request (query string, form body, conditional URL), repeats counted
	 * @param maxValues        comma-separated alternatives in one parameter value
	 * @param maxSortKeys      keys in {@code _sort}
	 * @param maxIncludes      {@code _include} and {@code _revinclude} parameters together
	 * @param maxIterate       of those, the ones marked {@code :iterate} (or {@code :recurse}), each repeated until
	 *                         nothing new is found
	 * @param statementTimeout longest one database statement may run before it is cancelled; 0 for no limit
	 */
	public record Limits(
			@Min(1) Integer maxParameters,
			@Min(1) Integer maxValues,
			@Min(1) Integer maxSortKeys,
			@Min(0) Integer maxIncludes,
			@Min(0) Integer maxIterate,
			Duration statementTimeout) {

		public Limits {
			maxParameters = maxParameters == null ? 30 : maxParameters;
			maxValues = maxValues == null ? 100 : maxValues;
			maxSortKeys = maxSortKeys == null ? 5 : maxSortKeys;
			maxIncludes = maxIncludes == null ? 10 : maxIncludes;
			maxIterate = maxIterate == null ? 2 : maxIterate;
			statementTimeout = statementTimeout == null ? Duration.ofSeconds(30) : statementTimeout;
		}
	}
}
