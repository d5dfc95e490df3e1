package org.snpmoc.hl7v2;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the HL7 v2 ADT intake ({@code moc.hl7v2.*}).
 *
 * @param mllpPort              MLLP listening port; 0 switches the listener off ({@code POST /hl7v2} stays)
 * @param mllpBindAddress       address the MLLP listener binds; MLLP carries no authentication, so loopback by default
 * @param mllpMaxConnections    connections served at once; further ones are closed straight away
 * @param mllpReadTimeout       a connection idle this long, or a message not complete after this long, is closed
 * @param maxMessageSize        largest message accepted (MLLP and HTTP), in bytes
 * @param memberIdSystems       FHIR identifier systems of PID-3 that identify a member; others are ignored
 * @param assigningAuthorities  PID-3 assigning authority namespace (CX.4.1) → FHIR identifier system, for senders that
 *                              send no universal id (CX.4.2/CX.4.3)
 */
@Validated
@ConfigurationProperties(prefix = "moc.hl7v2")
public record Hl7v2Properties(
		@DefaultValue("2575") @Min(0) @Max(65535) int mllpPort,
		@DefaultValue("127.0.0.1") @NotNull String mllpBindAddress,
		@DefaultValue("8") @Min(1) @Max(256) int mllpMaxConnections,
		@DefaultValue("30s") @NotNull Duration mllpReadTimeout,
		@DefaultValue("1048576") @Min(1024) int maxMessageSize,
		@DefaultValue List<String> memberIdSystems,
		@DefaultValue Map<String, String> assigningAuthorities) {

	public Hl7v2Properties {
		memberIdSystems = memberIdSystems == null ? List.of() : List.copyOf(memberIdSystems);
		assigningAuthorities = assigningAuthorities == null ? Map.of() : Map.copyOf(assigningAuthorities);
	}
}
