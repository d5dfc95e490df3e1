package org.snpmoc.export;

import ca.uhn.fhir.batch2.maintenance.JobMaintenanceServiceImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bulk Data export: HAPI's provider ({@code $export}, {@code $export-poll-status}) comes from its JPA configuration
 * and the export job from its batch job configuration; here the job's pace is set.
 */
@Configuration
public class BulkExportConfig {

	/**
	 * HAPI moves a batch job from one step to the next in a maintenance pass, by default once a minute, so even a tiny
	 * export would take minutes; the pass is a single query when no job is running. Set before the pass is scheduled
	 * (when the context is refreshed).
	 */
	@Bean
	static BeanPostProcessor jobMaintenancePace(ObjectProvider<ExportProperties> properties) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof JobMaintenanceServiceImpl maintenance) {
					maintenance.setScheduledJobFrequencyMillis(
							Math.max(250, properties.getObject().jobInterval().toMillis()));
				}
				return bean;
			}
		};
	}
}
