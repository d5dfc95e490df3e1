package org.snpmoc.apps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Node script of {@code src/test/browser} that drives headless Chromium through playwright-core, and reads the
 * one line of JSON it prints. Failsafe passes the folders ({@code moc.browser.*}); {@code ensure-browser.sh} installs
 * Chromium and playwright-core before the integration tests.
 */
final class BrowserScript {
	static final Path TOOLS = Path.of(System.getProperty("moc.browser.tools", "target/browser-tools"));
	static final Path SCRIPTS = Path.of(System.getProperty("moc.browser.scripts", "src/test/browser"));
	static final Path ARTIFACTS = Path.of(System.getProperty("moc.browser.artifacts", "target/browser-artifacts"));
	static final String CHROMIUM = System.getProperty("moc.browser.chromium", "/usr/bin/chromium");
	private static final Duration LIMIT = Duration.ofMinutes(4);

	private BrowserScript() {}

	/** The script's JSON; the script's exit status and error output are in the returned {@link Run}. */
	static Run run(String script, Map<String, String> environment) throws IOException, InterruptedException {
		assertThat(Path.of(CHROMIUM)).as("Chromium (src/test/browser/ensure-browser.sh installs it)").isExecutable();
		assertThat(TOOLS.resolve("node_modules/playwright-core/package.json"))
				.as("playwright-core (src/test/browser/ensure-browser.sh installs it)").isRegularFile();
		Files.createDirectories(ARTIFACTS);
		Path stderr = Files.createTempFile("browser-script", ".log");
		ProcessBuilder builder = new ProcessBuilder(List.of("node", SCRIPTS.resolve(script).toAbsolutePath().toString()))
				.redirectError(stderr.toFile());
		builder.environment().putAll(environment);
		builder.environment().put("BROWSER_TOOLS", TOOLS.toAbsolutePath().toString());
		builder.environment().put("CHROMIUM", CHROMIUM);
		builder.environment().put("ARTIFACTS", ARTIFACTS.toAbsolutePath().toString());
		Process process = builder.start();
		byte[] out = process.getInputStream().readAllBytes();
		if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		String errors = Files.readString(stderr);
		Files.deleteIfExists(stderr);
		String output = new String(out, StandardCharsets.UTF_8).strip();
		String last = output.isEmpty() ? "{}" : output.substring(output.lastIndexOf('\n') + 1);
		JsonNode json;
		try {
			json = new ObjectMapper().readTree(last);
		} catch (IOException e) {
			json = new ObjectMapper().createObjectNode();
		}
		return new Run(process.isAlive() ? -1 : process.exitValue(), json, output, errors);
	}

	record Run(int exitCode, JsonNode seen, String output, String errors) {
		String describe() {
			return "exit " + exitCode + "\n--- seen ---\n" + seen.toPrettyString() + "\n--- stderr ---\n" + errors;
		}
	}
}
