package org.snpmoc.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the console's pages wait for, as the browser asks it: the overview's requests (the stored plan evaluations and
 * the factor names), a work-list page, and a filtered, re-ordered page deep in the list. Each timed five times, one
 * request at a time; the median is kept. The work list is measured after the plan's whole list was made once (the
 * console pages through the kept list).
 */
final class ConsoleTimes {
	private static final String MEASURE = "http://snp-moc.org/fhir/Measure/moc-care-coordination";
	private static final String FACTORS = "http://snp-moc.org/fhir/CodeSystem/moc-factor";
	private static final int REPEATS = 5;

	record Result(long overviewMs, long workPageMs, long filteredPageMs) {}

	private final HttpClient http = HttpClient.newHttpClient();
	private final String root;
	private final String base;

	ConsoleTimes(String baseUrl) {
		this.base = baseUrl;
		this.root = baseUrl.replaceAll("/fhir/?$", "");
	}

	Result measure(String asOf) throws IOException, InterruptedException {
		long overview = median(() -> {
			get(root + "/apps/console/");
			get(base + "/metadata");
			get(base + "/MeasureReport?measure=" + encode(MEASURE) + "&_sort=-date&_count=100");
			get(base + "/CodeSystem?url=" + encode(FACTORS));
		});
		long page = median(() -> get(base + "/$moc-gaps?asOf=" + asOf + "&_count=50"));
		long filtered = median(() -> get(base + "/$moc-gaps?asOf=" + asOf + "&status=overdue&_sort=owner&_count=50&_offset=500"));
		return new Result(overview, page, filtered);
	}

	private interface Step {
		void run() throws IOException, InterruptedException;
	}

	private static long median(Step step) throws IOException, InterruptedException {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < REPEATS; i++) {
			long started = System.nanoTime();
			step.run();
			times.add((System.nanoTime() - started) / 1_000_000);
		}
		return times.stream().sorted().toList().get(REPEATS / 2);
	}

	private void get(String url) throws IOException, InterruptedException {
		HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/fhir+json")
				.GET().build(), HttpResponse.BodyHandlers.discarding());
		if (response.statusCode() != 200) {
			throw new IOException(url + " answered " + response.statusCode());
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
