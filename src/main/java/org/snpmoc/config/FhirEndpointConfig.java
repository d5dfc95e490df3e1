package org.snpmoc.config;

import ca.uhn.fhir.batch2.jobs.export.BulkDataExportProvider;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.provider.IJpaSystemProvider;
import ca.uhn.fhir.jpa.provider.JpaCapabilityStatementProvider;
import ca.uhn.fhir.jpa.provider.ValueSetOperationProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.jpa.subscription.util.SubscriptionDebugLogInterceptor;
import ca.uhn.fhir.narrative2.NullNarrativeGenerator;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.HardcodedServerAddressStrategy;
import ca.uhn.fhir.rest.server.IncomingRequestAddressStrategy;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import java.util.List;
import org.snpmoc.conformance.StoredOperationDefinitions;
import org.snpmoc.security.SmartEnforcement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The FHIR REST endpoint at /fhir: HAPI's RestfulServer over the JPA DAOs, plus our operations and interceptors. */
@Configuration
public class FhirEndpointConfig {

	@Bean
	public RestfulServer restfulServer(
			IFhirSystemDao<?, ?> systemDao,
			DaoRegistry daoRegistry,
			ResourceProviderFactory resourceProviders,
			IJpaSystemProvider systemProvider,
			ValueSetOperationProvider valueSetOperations,
			BulkDataExportProvider bulkExport,
			JpaStorageSettings storageSettings,
			ISearchParamRegistry searchParamRegistry,
			IValidationSupport validationSupport,
			DatabaseBackedPagingProvider pagingProvider,
			IInterceptorService storageInterceptors,
			ServerProperties properties,
			ObjectProvider<FhirOperationProvider> operationProviders,
			ObjectProvider<ServerInterceptor> serverInterceptors,
			ObjectProvider<StorageInterceptor> storageHooks,
			SmartEnforcement smartEnforcement) {
		RestfulServer server = new RestfulServer(systemDao.getContext());
		server.setServerName(properties.name());
		server.setImplementationDescription(properties.name());
		systemDao.getContext().setNarrativeGenerator(new NullNarrativeGenerator());

		server.registerProviders(resourceProviders.createProviders());
		server.registerProvider(systemProvider);
		server.registerProvider(valueSetOperations);
		// Bulk Data export: $export (system, Patient, Group) and $export-poll-status; files are Binary resources.
		server.registerProvider(bulkExport);
		operationProviders.orderedStream().forEach(server::registerProvider);

		JpaCapabilityStatementProvider capabilities = new StoredOperationDefinitions(
				server, systemDao, storageSettings, searchParamRegistry, validationSupport, daoRegistry);
		capabilities.setImplementationDescription(properties.name());
		server.setServerConformanceProvider(capabilities);

		server.setDefaultResponseEncoding(EncodingEnum.JSON);
		server.setDefaultPrettyPrint(true);
		server.setPagingProvider(pagingProvider);
		server.setServerAddressStrategy(
				properties.publicBaseUrl() == null || properties.publicBaseUrl().isBlank()
						? new IncomingRequestAddressStrategy()
						: new HardcodedServerAddressStrategy(properties.publicBaseUrl()));

		server.registerInterceptor(new SubscriptionDebugLogInterceptor());
		// Inflated, within the size limit, by RequestSizeLimitFilter: HAPI's own inflation has no limit.
		server.setUncompressIncomingContents(false);
		server.registerInterceptor(new RequestGuardInterceptor(new ParameterRules(properties)));
		server.registerInterceptor(new IncomingResourceCheck(systemDao.getContext()));
		server.registerInterceptor(new ErrorResponseInterceptor(properties.limits()));
		smartEnforcement.registerWith(server);
		serverInterceptors.orderedStream().forEach(server::registerInterceptor);
		storageHooks.orderedStream().forEach(storageInterceptors::registerInterceptor);
		return server;
	}

	@Bean
	public ServletRegistrationBean<RestfulServer> fhirServlet(RestfulServer server) {
		ServletRegistrationBean<RestfulServer> registration = new ServletRegistrationBean<>(server, "/fhir/*");
		registration.setName("fhir");
		registration.setLoadOnStartup(1);
		return registration;
	}

	@Bean
	public FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(ServerProperties properties) {
		FilterRegistrationBean<RequestSizeLimitFilter> registration =
				new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties.maxRequestSize().toBytes()));
		// The ADT endpoint reads its body whole too: the same bound keeps it from holding the memory.
		registration.setUrlPatterns(List.of("/fhir/*", "/hl7v2"));
		return registration;
	}
}
