package org.snpmoc.compliance;

import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** Small code-matching helpers shared by the factor checks. */
public final class Codes {
	private Codes() {}

	public static boolean has(CodeableConcept concept, String system, String code) {
		return concept != null && concept.getCoding().stream().anyMatch(c -> is(c, system, code));
	}

	public static boolean hasAny(List<CodeableConcept> concepts, String system, String code) {
		return concepts.stream().anyMatch(c -> has(c, system, code));
	}

	public static boolean is(Coding coding, String system, String code) {
		return coding != null && system.equals(coding.getSystem()) && code.equals(coding.getCode());
	}

	/** The first code of the given system in the concept, or null. */
	public static String codeIn(CodeableConcept concept, String system) {
		if (concept == null) {
			return null;
		}
		return concept.getCoding().stream()
				.filter(c -> system.equals(c.getSystem()))
				.map(Coding::getCode)
				.findFirst()
				.orElse(null);
	}
}
