package org.snpmoc.config;

import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.binary.api.IBinaryStorageSvc;
import ca.uhn.fhir.jpa.binstore.DatabaseBinaryContentStorageSvcImpl;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.config.util.ResourceCountCacheUtil;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.model.config.SubscriptionSettings;
import ca.uhn.fhir.jpa.provider.DaoRegistryResourceSupportedSvc;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.jpa.search.IStaleSearchDeletingSvc;
import ca.uhn.fhir.jpa.search.StaleSearchDeletingSvcImpl;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import ca.uhn.fhir.jpa.subscription.match.config.SubscriptionProcessorConfig;
import ca.uhn.fhir.jpa.subscription.submit.config.SubscriptionSubmitterConfig;
import ca.uhn.fhir.jpa.util.ResourceCountCache;
import ca.uhn.fhir.jpa.subscription.match.deliver.email.IEmailSender;
import ca.uhn.fhir.rest.api.IResourceSupportedSvc;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.snpmoc.durability.CommitDurability;
import org.snpmoc.durability.DurabilityProperties;
import org.snpmoc.durability.DurableTransactionManager;
import org.snpmoc.export.ExportProperties;
import org.hl7.fhir.dstu2.model.Subscription.SubscriptionChannelType;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * HAPI's JPA storage engine for R4 on the configured DataSource, with batch jobs (reindexing after a new
 * SearchParameter) and REST-hook subscriptions. Hibernate settings come from {@code moc.jpa.properties}.
 */
@Configuration
@Import({
	JpaR4Config.class,
	ThreadPoolFactoryConfig.class,
	JpaBatch2Config.class,
	Batch2JobsConfig.class,
	SubscriptionSubmitterConfig.class,
	SubscriptionProcessorConfig.class,
	SubscriptionChannelConfig.class
})
public class JpaStorageConfig {

	@Bean
	public JpaStorageSettings jpaStorageSettings(ExportProperties export) {
		JpaStorageSettings settings = new JpaStorageSettings();
		settings.setAllowMultipleDelete(true);
		settings.setAllowExternalReferences(true);
		// Clients choose their own ids (the IG examples, the synthetic population); ids must stay stable on reload.
		settings.setResourceClientIdStrategy(JpaStorageSettings.ClientIdStrategyEnum.ANY);
		// With client ids of any form, server-assigned ids must not collide with them.
		settings.setResourceServerIdStrategy(JpaStorageSettings.IdStrategyEnum.UUID);
		settings.setAutoCreatePlaceholderReferenceTargets(false);
		settings.setEnforceReferentialIntegrityOnDelete(true);
		// EHRs and plans send records in whatever order they have them (an encounter before its hospital's
		// Organization): a reference to a resource not stored yet is kept, not refused.
		settings.setEnforceReferentialIntegrityOnWrite(false);
		settings.setMarkResourcesForReindexingUponSearchParameterChange(true);
		// Background pre-expansion of stored ValueSets needs Hibernate Search, which is off (no full-text service
		// bean: HAPI then expands ValueSets and validates codes from the terminology tables, on demand).
		settings.setPreExpandValueSets(false);
		// Bulk Data export: every kick-off reads the data as they are now (HAPI would otherwise hand back the files of
		// an earlier export with the same parameters); files are kept for moc.export.file-retention.
		settings.setEnableBulkExportJobReuse(false);
		settings.setBulkExportFileRetentionPeriodHours((int) Math.max(1, export.fileRetention().toHours()));
		return settings;
	}

	@Bean
	public PartitionSettings partitionSettings() {
		return new PartitionSettings();
	}

	@Bean
	public SubscriptionSettings subscriptionSettings() {
		SubscriptionSettings settings = new SubscriptionSettings();
		settings.addSupportedSubscriptionType(SubscriptionChannelType.RESTHOOK);
		return settings;
	}

	/** Only REST-hook subscriptions are enabled; HAPI's processor still wants an e-mail sender to exist. */
	@Bean
	public IEmailSender emailSender() {
		return details -> {
			throw new IllegalStateException("E-mail subscriptions are not enabled on this server");
		};
	}

	@Bean
	@ConfigurationProperties(prefix = "moc.jpa")
	public HibernateSettings hibernateSettings() {
		return new HibernateSettings();
	}

	@Primary
	@Bean
	public LocalContainerEntityManagerFactoryBean entityManagerFactory(
			ConfigurableListableBeanFactory beanFactory,
			FhirContext fhirContext,
			JpaStorageSettings storageSettings,
			DataSource dataSource,
			HibernateSettings hibernateSettings) {
		LocalContainerEntityManagerFactoryBean factory =
				HapiEntityManagerFactoryUtil.newEntityManagerFactory(beanFactory, fhirContext, storageSettings);
		factory.setPersistenceUnitName("HAPI_PU");
		factory.setDataSource(dataSource);
		Map<String, Object> properties = hibernateSettings.withDefaults();
		factory.setJpaPropertyMap(properties);
		return factory;
	}

	@Bean
	public CommitDurability commitDurability(DataSource dataSource, DurabilityProperties properties) {
		return new CommitDurability(dataSource, properties);
	}

	@Bean
	@Primary
	public JpaTransactionManager transactionManager(
			EntityManagerFactory entityManagerFactory, CommitDurability durability) {
		return new DurableTransactionManager(entityManagerFactory, durability);
	}

	@Bean
	public IStaleSearchDeletingSvc staleSearchDeletingSvc() {
		return new StaleSearchDeletingSvcImpl();
	}

	@Bean
	public IResourceSupportedSvc resourceSupportedSvc(DaoRegistry daoRegistry) {
		return new DaoRegistryResourceSupportedSvc(daoRegistry);
	}

	@Bean(name = "myResourceCountsCache")
	public ResourceCountCache resourceCountsCache(IFhirSystemDao<?, ?> systemDao) {
		return ResourceCountCacheUtil.newResourceCountCache(systemDao);
	}

	@Bean
	public IBinaryStorageSvc binaryStorageSvc() {
		return new DatabaseBinaryContentStorageSvcImpl();
	}

	@Bean
	public DatabaseBackedPagingProvider databaseBackedPagingProvider(ServerProperties properties) {
		DatabaseBackedPagingProvider paging = new DatabaseBackedPagingProvider();
		paging.setDefaultPageSize(properties.defaultPageSize());
		paging.setMaximumPageSize(properties.maxPageSize());
		return paging;
	}

	/** Hibernate settings with the defaults HAPI expects; application.yaml can override any of them. */
	public static class HibernateSettings {
		private Map<String, String> properties = new java.util.LinkedHashMap<>();

		public Map<String, String> getProperties() {
			return properties;
		}

		public void setProperties(Map<String, String> properties) {
			this.properties = properties;
		}

		Map<String, Object> withDefaults() {
			Map<String, Object> all = new java.util.LinkedHashMap<>();
			all.put(AvailableSettings.HBM2DDL_AUTO, "update");
			all.put(AvailableSettings.STATEMENT_BATCH_SIZE, "20");
			all.put(AvailableSettings.ORDER_INSERTS, "true");
			all.put(AvailableSettings.ORDER_UPDATES, "true");
			all.put(AvailableSettings.USE_SECOND_LEVEL_CACHE, "false");
			all.put(AvailableSettings.USE_QUERY_CACHE, "false");
			all.put(AvailableSettings.SHOW_SQL, "false");
			all.put("hibernate.search.enabled", "false");
			all.putAll(properties);
			return all;
		}
	}
}
