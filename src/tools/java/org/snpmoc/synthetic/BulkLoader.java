package org.snpmoc.synthetic;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Sends a generated population to a FHIR server: the staff bundles first, one after the other, then the
 * beneficiaries in parallel, each beneficiary's transaction bundles in order (the ICP versions must arrive in
 * sequence). Every entry is a PUT with a fixed id, so a second run rewrites the same resources.
 */
public final class BulkLoader {
	private static final Pattern BENEFICIARIES = Pattern.compile("\"beneficiaries\":(\\d+)");

	/** One refused bundle: which, and what the server said. */
	public record Failure(String what, String message) {}

	public record Report(long resources, int beneficiaries, double seconds, List<Failure> failures) {
		/** This part followed by {@code next}, loaded one after the other. */
		public Report plus(Report next) {
			List<Failure> all = new ArrayList<>(failures);
			all.addAll(next.failures());
			return new Report(resources + next.resources(), beneficiaries + next.beneficiaries(), seconds + next.seconds(), List.copyOf(all));
		}

		/** The same load, taking {@code extra} seconds longer (work the server finished after the last response). */
		public Report plusSeconds(double extra) {
			return new Report(resources, beneficiaries, seconds + extra, failures);
		}

		public double resourcesPerSecond() {
			return resources / seconds;
		}
	}

	private final FhirContext fhir;
	private final String baseUrl;
	private final int threads;
	private final PrintStream progress;
	private String bearerToken;

	public BulkLoader(FhirContext fhir, String baseUrl, int threads, PrintStream progress) {
		this.fhir = fhir;
		this.baseUrl = baseUrl;
		this.threads = threads;
		this.progress = progress;
		fhir.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
		fhir.getRestfulClientFactory().setSocketTimeout(300_000);
		fhir.getRestfulClientFactory().setPoolMaxTotal(threads * 2);
		fhir.getRestfulClientFactory().setPoolMaxPerRoute(threads * 2);
	}

	/** Sends {@code Authorization: Bearer token} with every request (a server with access control on). */
	public BulkLoader withBearerToken(String token) {
		this.bearerToken = token;
		return this;
	}

	/** The patient ids of beneficiaries {@code skip} to {@code skip + limit - 1} of the file, in file order. */
	public static List<String> beneficiaryIds(Path dir, int skip, int limit) {
		com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
		try (var lines = Files.lines(dir.resolve(PopulationGenerator.BENEFICIARIES_FILE), StandardCharsets.UTF_8)) {
			// the record Bundle's id is its Patient's
			return lines.skip(skip).limit(limit).map(line -> {
				try {
					return json.readTree(line).get("id").asText();
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Report load(Path dir) {
		return load(dir, 0, Integer.MAX_VALUE);
	}

	/**
	 * Loads beneficiaries {@code skip} to {@code skip + limit - 1} of the file (in file order); the staff roster
	 * goes first when the part starts at the beginning.
	 */
	public Report load(Path dir, int skip, int limit) {
		long started = System.nanoTime();
		IGenericClient client = fhir.newRestfulGenericClient(baseUrl);
		if (bearerToken != null) {
			client.registerInterceptor(new BearerTokenAuthInterceptor(bearerToken));
		}
		List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
		AtomicLong resources = new AtomicLong();
		try {
			if (skip == 0) {
				for (String line : Files.readAllLines(dir.resolve(PopulationGenerator.STAFF_FILE))) {
					Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, line);
					send(client, bundle, "staff", failures, resources);
				}
			}
			int total = (int) Math.max(0, Math.min((long) limit, expectedBeneficiaries(dir) - (long) skip));
			AtomicInteger done = new AtomicInteger();
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			Semaphore inFlight = new Semaphore(threads * 4);
			try (BufferedReader reader = Files.newBufferedReader(dir.resolve(PopulationGenerator.BENEFICIARIES_FILE), StandardCharsets.UTF_8)) {
				for (int skipped = 0; skipped < skip && reader.readLine() != null; skipped++) {
					// lines of an earlier part
				}
				int read = 0;
				String line;
				while (read < limit && (line = reader.readLine()) != null) {
					read++;
					String record = line;
					if (skip == 0 && read == 1) {
						// The first record alone: HAPI registers each resource type on first write, and racing that fails.
						loadRecord(client, record, failures, resources);
						showProgress(done.incrementAndGet(), total, resources.get(), started, failures.size());
						continue;
					}
					inFlight.acquire();
					pool.execute(() -> {
						try {
							loadRecord(client, record, failures, resources);
							showProgress(done.incrementAndGet(), total, resources.get(), started, failures.size());
						} finally {
							inFlight.release();
						}
					});
				}
			}
			pool.shutdown();
			pool.awaitTermination(1, TimeUnit.DAYS);
			if (progress != null) {
				progress.println();
			}
			return new Report(resources.get(), done.get(), (System.nanoTime() - started) / 1e9, List.copyOf(failures));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while loading", e);
		}
	}

	/** One beneficiary: its transaction bundles in order, stopping at the first refused. */
	private void loadRecord(IGenericClient client, String line, List<Failure> failures, AtomicLong resources) {
		Bundle steps = fhir.newJsonParser().parseResource(Bundle.class, line);
		for (var step : steps.getEntry()) {
			if (!send(client, (Bundle) step.getResource(), steps.getIdElement().getIdPart(), failures, resources)) {
				return;
			}
		}
	}

	/** Sends a transaction; a server error (5xx, e.g. a lost race between writers) is retried once. */
	private static boolean send(IGenericClient client, Bundle bundle, String what, List<Failure> failures, AtomicLong resources) {
		for (int attempt = 1; ; attempt++) {
			try {
				client.transaction().withBundle(bundle).execute();
				resources.addAndGet(bundle.getEntry().size());
				return true;
			} catch (BaseServerResponseException e) {
				if (e.getStatusCode() < 500 || attempt == 2) {
					failures.add(new Failure(what, e.getStatusCode() + " " + outcomeText(e)));
					return false;
				}
			}
		}
	}

	private static String outcomeText(BaseServerResponseException e) {
		if (e.getOperationOutcome() instanceof OperationOutcome outcome && outcome.hasIssue()) {
			return outcome.getIssue().stream()
					.map(i -> i.getSeverity().toCode() + ": " + i.getDiagnostics())
					.collect(Collectors.joining("; "));
		}
		return e.getMessage();
	}

	private static int expectedBeneficiaries(Path dir) throws IOException {
		Path manifest = dir.resolve("manifest.json");
		if (Files.exists(manifest)) {
			Matcher m = BENEFICIARIES.matcher(Files.readString(manifest));
			if (m.find()) {
				return Integer.parseInt(m.group(1));
			}
		}
		return 0;
	}

	private void showProgress(int done, int total, long resources, long started, int failed) {
		if (progress == null || (done % 10 != 0 && done != total)) {
			return;
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		int width = 30;
		int filled = total == 0 ? 0 : (int) ((long) width * done / total);
		synchronized (progress) {
			progress.printf("\r[%s%s] %d/%d beneficiaries, %d resources, %.0f/s, %d failed   ", "#".repeat(filled),
					" ".repeat(width - filled), done, total, resources, resources / Math.max(seconds, 0.001), failed);
			progress.flush();
		}
	}
}
