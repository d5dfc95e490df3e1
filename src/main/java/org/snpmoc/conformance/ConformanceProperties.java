package org.snpmoc.conformance;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the implementation guide on the server, bound from {@code moc.conformance.*}.
 *
 * @param profilesDir the generated IG resources; when the folder is missing, the copy inside the jar is used
 * @param loadExamples also store the IG's example beneficiary, staff roster and organizations (for demonstrations)
 * @param validateOnWrite validate every write against R4 and the MOC profiles that apply, refusing errors with 422
 * @param publisher the publisher named in the CapabilityStatement
 */
@Validated
@ConfigurationProperties(prefix = "moc.conformance")
public record ConformanceProperties(
		@DefaultValue("profiles") @NotBlank String profilesDir,
		@DefaultValue("false") boolean loadExamples,
		@DefaultValue("true") boolean validateOnWrite,
		@DefaultValue("SNP MOC open-source project") @NotBlank String publisher) {}
