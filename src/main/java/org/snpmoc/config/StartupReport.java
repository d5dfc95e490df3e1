package org.snpmoc.config;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Logs one line when the server is ready to take requests: how long it took and where it listens. */
@Component
class StartupReport {
	private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		Environment env = event.getApplicationContext().getEnvironment();
		long sinceLaunch = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
		Runtime rt = Runtime.getRuntime();
		LOG.info("FHIR server ready in {} ms at http://localhost:{}/fhir (database {}, heap used {} MB)",
				sinceLaunch,
				env.getProperty("local.server.port", "?"),
				env.getProperty("spring.datasource.url", "?"),
				(rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
	}
}
