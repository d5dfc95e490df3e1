package org.snpmoc.bench;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Resource;
import org.snpmoc.synthetic.Agreement;

/**
 * The evaluation side of a run: per-beneficiary {@code $moc-evaluate} latencies (one request at a time, so they
 * are not queueing times), agreement of every beneficiary's report with the ground truth, and the plan-level
 * {@code $moc-evaluate} (in the request, and as the asynchronous job) and {@code $moc-gaps}.
 */
final class Evaluations {
	private final IGenericClient client;
	private final String baseUrl;
	private final LocalDate asOf;
	private final int threads;

	Evaluations(FhirContext fhir, String baseUrl, LocalDate asOf, int threads) {
		this.client = fhir.newRestfulGenericClient(baseUrl);
		this.baseUrl = baseUrl;
		this.asOf = asOf;
		this.threads = threads;
	}

	void measure(Path data, int samples, BenchReport.Run run) throws InterruptedException {
		Map<String, Map<String, String>> expected = Agreement.readExpected(data);
		List<String> patients = new ArrayList<>(expected.keySet());
		try {
			List<Long> latencies = new ArrayList<>();
			int step = Math.max(1, patients.size() / samples);
			for (int i = 0; i < patients.size() && latencies.size() < samples; i += step) {
				long started = System.nanoTime();
				evaluate(patients.get(i));
				latencies.add((System.nanoTime() - started) / 1_000_000);
			}
			run.latenciesMs = latencies;
		} catch (BaseServerResponseException e) {
			run.unavailable = "Patient/$moc-evaluate answered HTTP " + e.getStatusCode() + ": " + e.getMessage();
			return;
		}
		List<Agreement.Disagreement> disagreements = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger compared = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		for (String patient : patients) {
			pool.execute(() -> {
				disagreements.addAll(Agreement.compare(patient, expected.get(patient), evaluate(patient)));
				compared.addAndGet(expected.get(patient).size());
			});
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.DAYS);
		run.factorsCompared = compared.get();
		run.disagreements = List.copyOf(disagreements);
		run.planSeconds = timed(() -> serverOperation("$moc-evaluate", MeasureReport.class));
		run.planJobSeconds = planJob();
		// Without _count the whole work list comes back in one Bundle.
		run.gapsSeconds = timed(() -> serverOperation("$moc-gaps", Bundle.class));
		try {
			// After the job stored a summary (the overview shows it) and the whole list was made (the pages come from it).
			run.console = new ConsoleTimes(baseUrl).measure(asOf.toString());
		} catch (IOException e) {
			System.err.println("   console pages not measured: " + e.getMessage());
		}
	}

	/**
	 * Seconds from the kick-off of the asynchronous plan evaluation to the answer of the status URL with the stored
	 * summary (polled every 200 ms), or NaN when it was refused or failed.
	 */
	private double planJob() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		long started = System.nanoTime();
		try {
			HttpResponse<Void> kickOff = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/$moc-evaluate?asOf=" + asOf))
					.header("Prefer", "respond-async").GET().build(), HttpResponse.BodyHandlers.discarding());
			String status = kickOff.headers().firstValue("Content-Location").orElse(null);
			if (kickOff.statusCode() != 202 || status == null) {
				return Double.NaN;
			}
			while (true) {
				int code = http.send(HttpRequest.newBuilder(URI.create(status)).GET().build(),
						HttpResponse.BodyHandlers.discarding()).statusCode();
				if (code == 200) {
					return (System.nanoTime() - started) / 1e9;
				}
				if (code != 202) {
					System.err.println("   plan evaluation job answered HTTP " + code);
					return Double.NaN;
				}
				Thread.sleep(200);
			}
		} catch (IOException e) {
			return Double.NaN;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Double.NaN;
		}
	}

	private MeasureReport evaluate(String patient) {
		return client.operation().onInstance(new IdType("Patient", patient)).named("$moc-evaluate")
				.withParameter(Parameters.class, "asOf", new DateType(asOf.toString())).useHttpGet()
				.returnResourceType(MeasureReport.class).execute();
	}

	private <T extends Resource> T serverOperation(String name, Class<T> type) {
		return client.operation().onServer().named(name)
				.withParameter(Parameters.class, "asOf", new DateType(asOf.toString())).useHttpGet()
				.returnResourceType(type).execute();
	}

	/** Seconds the call took, or NaN when the server refused it. */
	private static double timed(Runnable call) {
		long started = System.nanoTime();
		try {
			call.run();
			return (System.nanoTime() - started) / 1e9;
		} catch (BaseServerResponseException e) {
			return Double.NaN;
		}
	}
}
