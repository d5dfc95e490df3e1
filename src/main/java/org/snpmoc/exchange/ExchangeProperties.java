package org.snpmoc.exchange;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.snpmoc.compliance.MocRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the exchanges a care transition starts, bound from {@code moc.exchange.*}.
 *
 * @param documents          send the transition-of-care document to the receiving setting (on unless switched off)
 * @param senderOrganization the plan's Organization ("Organization/id"), named as sender of notices and author of
 *                           documents; empty: the server (its Device identity) alone
 * @param states             the States whose agencies receive admission notices, one entry per State
 */
@Validated
@ConfigurationProperties(prefix = "moc.exchange")
public record ExchangeProperties(Boolean documents, String senderOrganization, @Valid List<State> states) {

	public ExchangeProperties {
		documents = documents == null || documents;
		senderOrganization = senderOrganization == null || senderOrganization.isBlank() ? null : senderOrganization.trim();
		states = states == null ? List.of() : List.copyOf(states);
	}

	/**
	 * One State's admission-notice rule.
	 *
	 * @param code         the State as written in {@code Patient.address.state} (USPS code, e.g. {@code FL})
	 * @param endpoint     id of the FHIR Endpoint of the State agency or its designee
	 * @param highRiskTier the HRA tier that makes a member high-risk (latest HRA RiskAssessment); default {@code high};
	 *                     {@code none} to rely on the group alone
	 * @param group        id of a Group whose active members are high-risk too; empty for none
	 * @param deadline     how long after the plan learns of the admission the notice is due; default 48 hours
	 * @param classes      the admission classes that count (v3-ActCode, a subset of the transition classes);
	 *                     default IMP, ACUTE, NONAC
	 */
	public record State(@NotBlank String code, @NotBlank String endpoint, String highRiskTier, String group,
			Duration deadline, List<String> classes) {

		public State {
			code = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
			highRiskTier = highRiskTier == null || highRiskTier.isBlank() ? "high" : highRiskTier.trim();
			group = group == null || group.isBlank() ? null : group.trim();
			deadline = deadline == null ? Duration.ofHours(48) : deadline;
			classes = classes == null || classes.isEmpty() ? List.of("IMP", "ACUTE", "NONAC") : List.copyOf(classes);
			for (String c : classes) {
				if (!MocRules.isTransitionClass(c)) {
					throw new IllegalArgumentException("moc.exchange.states: " + c + " is not a transition class");
				}
			}
			if (deadline.isNegative() || deadline.isZero()) {
				throw new IllegalArgumentException("moc.exchange.states: the deadline must be positive");
			}
		}

		boolean tierCounts() {
			return !"none".equals(highRiskTier);
		}
	}
}
