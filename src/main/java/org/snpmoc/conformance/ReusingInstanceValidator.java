package org.snpmoc.conformance;

import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.validation.IValidationContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r5.elementmodel.JsonParser;
import org.hl7.fhir.r5.elementmodel.Manager.FhirFormat;
import org.hl7.fhir.r5.elementmodel.ParserBase.ValidationPolicy;
import org.hl7.fhir.r5.elementmodel.ValidatedFragment;
import org.hl7.fhir.r5.fhirpath.IHostApplicationServices;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r5.utils.validation.ValidatorSession;
import org.hl7.fhir.r5.utils.validation.constants.IdStatus;
import org.hl7.fhir.r5.utils.xver.XVerExtensionManagerOld;
import org.hl7.fhir.utilities.i18n.I18nConstants;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.utilities.validation.ValidationMessage.IssueSeverity;
import org.hl7.fhir.validation.ValidatorSettings;
import org.hl7.fhir.validation.instance.InstanceValidator;

/**
 * HAPI's instance validator module, with the same settings and the same messages, minus its set-up cost per resource.
 *
 * <p>For every resource HAPI builds a new HL7 {@link InstanceValidator} (with its own FHIRPath engine, profile
 * utilities and OID registry) and a new element-model parser (two more FHIRPath engines, each walking every
 * StructureDefinition), and parses the encoded resource a second time with Gson only to read {@code meta.profile}.
 * On the server that set-up was about a quarter of the time spent validating a write. Here validators and parsers
 * are kept in a pool (they are not thread-safe, so one validation at a time each) and the declared profiles are read
 * from the resource itself. The HL7 validator clears its per-resource state at the start
 * of every validation; a few of its lists only grow, so each validator is dropped after {@link #USES} validations.
 */
final class ReusingInstanceValidator extends FhirInstanceValidator {
	static final int USES = 200;

	private final ConcurrentLinkedDeque<Pooled> pool = new ConcurrentLinkedDeque<>();

	ReusingInstanceValidator(IValidationSupport support) {
		super(support);
	}

	private static final class Pooled {
		final InstanceValidator validator;
		final JsonParser parser;
		int uses;

		Pooled(InstanceValidator validator, JsonParser parser) {
			this.validator = validator;
			this.parser = parser;
		}
	}

	@Override
	protected List<ValidationMessage> validate(IValidationContext<?> context) {
		if (context.getResourceAsStringEncoding() != EncodingEnum.JSON || !(context.getResource() instanceof IBaseResource)) {
			return super.validate(context);
		}
		WorkerContextValidationSupportAdapter worker = provideWorkerContext();
		Pooled pooled = borrow(worker);
		try {
			return validate(worker, pooled, context, (IBaseResource) context.getResource());
		} finally {
			giveBack(pooled);
		}
	}

	/** Requested profiles first, then those the resource declares: the order and lookups HAPI uses. */
	private List<ValidationMessage> validate(WorkerContextValidationSupportAdapter worker, Pooled pooled,
			IValidationContext<?> context, IBaseResource resource) {
		List<StructureDefinition> profiles = new ArrayList<>();
		List<ValidationMessage> unknownProfiles = new ArrayList<>();
		for (String url : context.getOptions().getProfiles()) {
			addProfile(worker, url, profiles, unknownProfiles);
		}
		for (IPrimitiveType<String> declared : resource.getMeta().getProfile()) {
			if (declared.getValue() != null) {
				addProfile(worker, declared.getValue(), profiles, unknownProfiles);
			}
		}

		List<ValidationMessage> messages = new ArrayList<>();
		byte[] json = context.getResourceAsString().getBytes(StandardCharsets.UTF_8);
		Object appContext = context.getOptions().getAppContext();
		if (profiles.stream().anyMatch(p -> p.getKind() == StructureDefinitionKind.LOGICAL)) {
			pooled.validator.validate(appContext, messages, new ByteArrayInputStream(json), FhirFormat.JSON, profiles);
		} else {
			parseAndValidate(pooled, appContext, json, profiles, messages);
		}
		if (profiles.isEmpty()) {
			messages.addAll(unknownProfiles);
		}

		List<ValidationMessage> kept = new ArrayList<>(messages.size());
		for (ValidationMessage message : messages) {
			if (suppressed(message)) {
				continue;
			}
			if (isUnknownProfile(message)) {
				message.setLevel(isErrorForUnknownProfiles() ? IssueSeverity.ERROR : IssueSeverity.WARNING);
			}
			kept.add(message);
		}
		return kept;
	}

	/**
	 * What {@link InstanceValidator#validate(Object, List, java.io.InputStream, FhirFormat, List)} does for JSON, with
	 * the pooled element-model parser instead of a new one per resource (its constructor builds two FHIRPath engines,
	 * each walking every StructureDefinition). Parse errors are reported the same way, from the parsed fragments.
	 */
	private static void parseAndValidate(Pooled pooled, Object appContext, byte[] json,
			List<StructureDefinition> profiles, List<ValidationMessage> messages) {
		JsonParser parser = pooled.parser;
		parser.setupValidation(ValidationPolicy.EVERYTHING);
		parser.setAllowComments(pooled.validator.isAllowComments());
		parser.setSignatureServices(pooled.validator.getSignatureServices());
		List<ValidatedFragment> fragments;
		try {
			fragments = parser.parse(new ByteArrayInputStream(json));
		} catch (IOException e) {
			throw new FHIRException(e);
		}
		pooled.validator.validatedContent = fragments;
		for (ValidatedFragment fragment : fragments) {
			if (fragment.getElement() != null) {
				pooled.validator.validate(appContext, fragment.getErrors(), fragments.size() > 1 ? fragment.path() : null,
						fragment.getElement(), profiles);
			}
			messages.addAll(fragment.getErrors());
		}
	}

	private static void addProfile(WorkerContextValidationSupportAdapter worker, String url,
			List<StructureDefinition> profiles, List<ValidationMessage> unknownProfiles) {
		StructureDefinition profile;
		try {
			profile = worker.fetchResource(StructureDefinition.class, url);
		} catch (FHIRException e) {
			// HAPI ignores a profile that fails to load; the validator then reports it where it is declared
			return;
		}
		if (profile != null) {
			profiles.add(profile);
		} else {
			ValidationMessage message = new ValidationMessage();
			message.setMessageId(I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN);
			message.setLevel(IssueSeverity.ERROR);
			message.setMessage("Invalid profile. Failed to retrieve profile with url=" + url);
			unknownProfiles.add(message);
		}
	}

	/** The messages HAPI drops: bindings without a source, and the mime-types value set it cannot expand. */
	private static boolean suppressed(ValidationMessage message) {
		String id = message.getMessageId();
		if (id == null) {
			return false;
		}
		return id.equals(I18nConstants.TERMINOLOGY_TX_BINDING_NOSOURCE)
				|| (id.equals(I18nConstants.TERMINOLOGY_TX_VALUESET_NOTFOUND)
						&& message.getMessage() != null
						&& message.getMessage().contains("http://hl7.org/fhir/ValueSet/mimetypes"));
	}

	private static boolean isUnknownProfile(ValidationMessage message) {
		return I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN.equals(message.getMessageId())
				|| I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN_NOT_POLICY.equals(message.getMessageId());
	}

	private Pooled borrow(WorkerContextValidationSupportAdapter worker) {
		Pooled pooled = pool.pollFirst();
		if (pooled == null) {
			IHostApplicationServices host =
					Objects.requireNonNullElseGet(getHostApplicationServices(), NullEvaluationContext::new);
			pooled = new Pooled(new InstanceValidator(worker, host, new XVerExtensionManagerOld(worker),
					new ValidatorSession(), new ValidatorSettings()), new JsonParser(worker));
		}
		configure(pooled.validator);
		pooled.uses++;
		return pooled;
	}

	private void giveBack(Pooled pooled) {
		if (pooled.uses < USES) {
			pool.offerFirst(pooled);
		}
	}

	/** The settings HAPI gives each new validator, applied on every use so that later changes to this module hold. */
	private void configure(InstanceValidator validator) {
		validator.setAssumeValidRestReferences(isAssumeValidRestReferences());
		validator.setBestPracticeWarningLevel(getBestPracticeWarningLevel());
		validator.setAnyExtensionsAllowed(isAnyExtensionsAllowed());
		validator.setResourceIdRule(IdStatus.OPTIONAL);
		validator.setNoTerminologyChecks(isNoTerminologyChecks());
		validator.setErrorForUnknownProfiles(isErrorForUnknownProfiles());
		validator.setUnknownCodeSystemsCauseErrors(true);
		validator.getExtensionDomains().clear();
		validator.getExtensionDomains().addAll(getExtensionDomains());
		validator.setFetcher(getValidatorResourceFetcher());
		validator.setPolicyAdvisor(getValidatorPolicyAdvisor());
		validator.setNoExtensibleWarnings(isNoExtensibleWarnings());
		validator.setNoBindingMsgSuppressed(isNoBindingMsgSuppressed());
		validator.setAllowExamples(isAllowExamples());
		validator.setAllowXsiLocation(true);
	}
}
