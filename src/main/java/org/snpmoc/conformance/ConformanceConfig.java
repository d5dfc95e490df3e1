package org.snpmoc.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.parser.LenientErrorHandler;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import org.snpmoc.hra.HraTools;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The IG package read at start, and the validation of writes against it ({@code moc.conformance.*}). */
@Configuration
class ConformanceConfig {

	@Bean
	ConformancePackage conformancePackage(FhirContext fhirContext, ConformanceProperties properties) {
		return ConformancePackage.locate(fhirContext, Path.of(properties.profilesDir()));
	}

	@Bean
	StoredHraLookup hraLookup(HraTools tools, DaoRegistry daos) {
		return new StoredHraLookup(tools, daos);
	}

	@Bean
	@ConditionalOnProperty(prefix = "moc.conformance", name = "validate-on-write", havingValue = "true", matchIfMissing = true)
	WriteValidationInterceptor writeValidation(ConformancePackage conformancePackage, StoredHraLookup hraLookup,
			FhirContext fhirContext, MeterRegistry meters) {
		// By default HAPI's parser refuses an invalid code or date with a bare 400 before any validation. Kept as text,
		// the value reaches the validator, which answers 422 naming the element and the allowed values.
		fhirContext.setParserErrorHandler(new LenientErrorHandler().setErrorOnInvalidValue(false));
		ClientErrorLogFilter.install();
		WriteValidator validator = new WriteValidator(fhirContext, conformancePackage, meters);
		validator.warmUp();
		return new WriteValidationInterceptor(new ProfileSelector(hraLookup), validator, fhirContext);
	}
}
