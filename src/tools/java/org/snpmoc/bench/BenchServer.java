package org.snpmoc.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.snpmoc.MocServerApplication;
import org.snpmoc.audit.AuditTrail;
import org.snpmoc.transitions.WorkItemQueue;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server under measurement, started in this JVM on a random port with a fresh database: H2 in a temporary
 * directory, or an embedded PostgreSQL (io.zonky) in one; both are removed when it stops.
 */
final class BenchServer implements AutoCloseable {
	private final ConfigurableApplicationContext context;
	private final EmbeddedPostgres postgres;
	private final Path dir;

	BenchServer(String db, Map<String, String> extraProperties) {
		try {
			dir = Files.createTempDirectory("moc-bench-db");
			Map<String, String> properties = new LinkedHashMap<>();
			properties.put("server.port", "0");
			properties.put("logging.level.root", "WARN");
			properties.put("logging.level.org.snpmoc", "WARN");
			properties.put("spring.main.banner-mode", "off");
			properties.put("moc.server.max-request-size", "50MB");
			// Figures of the FHIR work itself; the cost of access control is measured on its own (see BENCHMARKS.md).
			properties.put("moc.security.enabled", "false");
			// No MLLP listener unless a measurement asks for one (extraProperties).
			properties.put("moc.hl7v2.mllp-port", "0");
			SpringApplicationBuilder builder = new SpringApplicationBuilder(MocServerApplication.class);
			if (db.equals("postgres")) {
				postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(dir.toFile()).setCleanDataDirectory(true)
						.setServerConfig("max_connections", "100")
						// as in production: the server refuses a PostgreSQL that acknowledges unsynced commits
						.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
				properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
				properties.put("spring.datasource.username", "postgres");
				properties.put("spring.datasource.password", "");
				builder.profiles("postgres");
			} else if (db.equals("h2")) {
				postgres = null;
				properties.put("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("moc") + ";DB_CLOSE_ON_EXIT=FALSE");
			} else {
				throw new IllegalArgumentException("--db is h2 or postgres, not " + db);
			}
			properties.putAll(extraProperties);
			// As command-line arguments: they must win over application.yaml (builder defaults would not).
			String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
			context = builder.run(args);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String baseUrl() {
		return rootUrl() + "/fhir";
	}

	/** The server root: the authorization server, the admin API and the actuator live here. */
	String rootUrl() {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return "http://localhost:" + port;
	}

	/** Waits until the audit trail has written every AuditEvent queued so far; answers the seconds waited. */
	double awaitAuditTrail() {
		long started = System.nanoTime();
		try {
			if (!context.getBean(AuditTrail.class).awaitWritten(Duration.ofMinutes(30))) {
				throw new IllegalStateException("AuditEvents still pending after 30 minutes");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		return (System.nanoTime() - started) / 1e9;
	}

	/** Waits until the server has written every work item queued so far; answers the seconds waited. */
	double awaitWorkItems() {
		long started = System.nanoTime();
		if (!context.getBean(WorkItemQueue.class).awaitIdle(Duration.ofHours(6))) {
			throw new IllegalStateException("work items still pending after 6 hours");
		}
		return (System.nanoTime() - started) / 1e9;
	}

	@Override
	public void close() {
		context.close();
		try {
			if (postgres != null) {
				postgres.close();
			}
			try (var files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
