package org.snpmoc.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationOptions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Patient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HL7 instance validator over R4 core and the IG package, built once and shared by every write: terminology
 * is the package's code systems and value sets in memory, so validation never leaves the process.
 */
final class WriteValidator {
	private static final Logger LOG = LoggerFactory.getLogger(WriteValidator.class);
	static final String TIMER = "moc.conformance.validation";

	private final IValidationSupport support;
	private final FhirValidator validator;
	private final Set<String> ourStructureDefinitions;
	private final List<IBaseResource> examples;
	private final Timer timer;

	WriteValidator(FhirContext fhirContext, ConformancePackage conformancePackage, MeterRegistry meters) {
		this.support = conformancePackage.validationSupportChain();
		this.ourStructureDefinitions = conformancePackage.structureDefinitionUrls();
		this.examples = conformancePackage.examples();
		FhirInstanceValidator module = new ReusingInstanceValidator(support);
		// Data from EHRs claims profiles we do not ship (US Core, Synthea's): checked against R4, never refused for it.
		module.setErrorForUnknownProfiles(false);
		// Takes the target type from literal references (Patient/123), so Reference(Patient) constraints hold.
		module.setAssumeValidRestReferences(true);
		this.validator = fhirContext.newValidator().registerValidatorModule(module);
		this.timer = Timer.builder(TIMER).description("Validation of a resource on write")
				.publishPercentiles(0.5, 0.95).register(meters);
	}

	/**
	 * Validates against R4, the profiles the resource declares and the given ones. A declared profile under our
	 * canonical base that the package does not define is an error: it is a typo, not somebody else's profile.
	 */
	List<SingleValidationMessage> validate(IBaseResource resource, Collection<String> profiles) {
		return timer.record(() -> {
			ValidationOptions options = new ValidationOptions();
			List<SingleValidationMessage> messages = new ArrayList<>();
			for (String profile : profiles) {
				if (ourStructureDefinitions.contains(profile)) {
					options.addProfile(profile);
				} else {
					messages.add(unknownProfile(resource, profile));
				}
			}
			messages.addAll(validator.validateWithResult(resource, options).getMessages());
			return messages;
		});
	}

	/**
	 * Generates the snapshots of our profiles and validates the IG's examples once, so the first client writes are not
	 * the slow ones: that loads the R4 code systems and value sets the bindings use (HAPI reads them lazily, a second
	 * or so of parsing) and the classes of the validator's code paths for each profile.
	 */
	void warmUp() {
		long start = System.nanoTime();
		ourStructureDefinitions.forEach(support::fetchStructureDefinition);
		validator.validateWithResult(new Patient().setActive(true));
		examples.forEach(validator::validateWithResult);
		LOG.info("Validator ready ({} IG structure definitions, {} examples validated) in {} ms",
				ourStructureDefinitions.size(), examples.size(), (System.nanoTime() - start) / 1_000_000);
	}

	static boolean isError(SingleValidationMessage message) {
		return message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL;
	}

	private SingleValidationMessage unknownProfile(IBaseResource resource, String profile) {
		SingleValidationMessage message = new SingleValidationMessage();
		message.setSeverity(ResultSeverityEnum.ERROR);
		message.setLocationString(resource.fhirType() + ".meta.profile");
		message.setMessage("Profile " + profile + " is not defined by the SNP MOC implementation guide");
		return message;
	}
}
