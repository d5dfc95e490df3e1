package org.snpmoc.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.snpmoc.conformance.ConformancePackage;

/** Validates resources the server writes itself against the IG profiles they declare (building it is slow). */
public final class ProfileCheck {
	private static final FhirContext FHIR = FhirContext.forR4Cached();
	private static FhirValidator validator;

	private ProfileCheck() {}

	/** The errors of the resource against its declared profiles, one per line; empty when it conforms. */
	public static synchronized String errors(IBaseResource resource) {
		if (validator == null) {
			FhirInstanceValidator module = new FhirInstanceValidator(
					ConformancePackage.load(FHIR, ConformancePackage.DEFAULT_DIRECTORY).validationSupportChain());
			module.setErrorForUnknownProfiles(true);
			module.setAssumeValidRestReferences(true);
			validator = FHIR.newValidator().registerValidatorModule(module);
		}
		return validator.validateWithResult(resource).getMessages().stream()
				.filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
				.map(m -> m.getLocationString() + ": " + m.getMessage())
				.collect(Collectors.joining("\n"));
	}
}
