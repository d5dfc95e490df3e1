package org.snpmoc.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The server in a JVM of its own (the test's classpath, {@code org.snpmoc.MocServerApplication}), so a test can
 * kill it as an operator's crash would. Its output goes to {@code target/server-logs/}.
 */
public final class ServerProcess implements AutoCloseable {
	private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

	private final Process process;
	private final int port;
	private final Path log;

	private ServerProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts the server with the given environment and arguments and waits until it answers. */
	public static ServerProcess start(String name, Map<String, String> environment, List<String> arguments) {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-cp", System.getProperty("java.class.path"), "org.snpmoc.MocServerApplication",
				"--server.port=" + port, "--server.address=127.0.0.1", "--moc.security.enabled=false",
				"--moc.hl7v2.mllp-port=0"));
		command.addAll(arguments);
		try {
			Path logs = Files.createDirectories(Path.of("target", "server-logs"));
			Path log = logs.resolve(name + "-" + System.currentTimeMillis() + ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(log.toFile());
			builder.environment().putAll(environment);
			ServerProcess server = new ServerProcess(builder.start(), port, log);
			server.awaitReady();
			return server;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port + "/fhir";
	}

	/** SIGKILL: no shutdown hook, no flush, as in a crash. */
	public void kill() {
		process.destroyForcibly();
		waitForExit();
	}

	/** SIGTERM: the orderly stop of an operator. */
	public void stop() {
		process.destroy();
		waitForExit();
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			kill();
		}
	}

	private void awaitReady() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The server exited while starting; see " + log);
			}
			try {
				if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			} catch (IOException e) {
				// not listening yet
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			sleep(250);
		}
		close();
		throw new IllegalStateException("The server did not start within " + START_TIMEOUT + "; see " + log);
	}

	private void waitForExit() {
		try {
			process.waitFor();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
