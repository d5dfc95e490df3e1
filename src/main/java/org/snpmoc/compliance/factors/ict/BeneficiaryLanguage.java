package org.snpmoc.compliance.factors.ict;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.EXT_INTERPRETER_REQUIRED;
import static org.snpmoc.contract.MocCodes.INTERPRETER;

import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Patient;
import org.snpmoc.compliance.Codes;

/**
 * The form a communication must take to reach the beneficiary: their preferred language when they need an
 * interpreter or prefer a language other than English; with an interpreter needed and no preferred language,
 * any recorded language. A medium coded moc-artifact#interpreter always does.
 *
 * @param language the required language (BCP 47), or null when any recorded language will do
 */
record BeneficiaryLanguage(String language) {

	/** Empty when the beneficiary reads English and needs no interpreter. */
	static Optional<BeneficiaryLanguage> of(Patient patient) {
		boolean interpreter = patient.getExtensionsByUrl(EXT_INTERPRETER_REQUIRED).stream()
				.anyMatch(e -> e.getValue() instanceof BooleanType b && b.booleanValue());
		String preferred = patient.getCommunication().stream()
				.filter(c -> c.getPreferred())
				.flatMap(c -> c.getLanguage().getCoding().stream())
				.map(Coding::getCode)
				.filter(code -> code != null && !code.isBlank())
				.findFirst()
				.orElse(null);
		if (preferred != null && (interpreter || !primary(preferred).equals("en"))) {
			return Optional.of(new BeneficiaryLanguage(preferred));
		}
		return interpreter ? Optional.of(new BeneficiaryLanguage(null)) : Optional.empty();
	}

	boolean reachedBy(Communication communication) {
		if (communication.getMedium().stream().anyMatch(m -> Codes.has(m, CS_ARTIFACT, INTERPRETER))) {
			return true;
		}
		String recorded = communication.getLanguage();
		if (recorded == null || recorded.isBlank()) {
			return false;
		}
		return language == null || primary(recorded).equals(primary(language));
	}

	String describe() {
		return language == null ? "a language" : "language " + language;
	}

	/** The primary subtag, so es-MX matches es. */
	private static String primary(String tag) {
		return tag.split("-")[0].toLowerCase(Locale.ROOT);
	}
}
