package org.snpmoc.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.MeasureReport;

/** The asynchronous plan evaluation over plain HTTP, as a client of the Bulk Data pattern sees it. */
final class PlanJobClient {
	static final FhirContext FHIR = FhirContext.forR4Cached();
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final String base;
	/** Every X-Progress seen while polling. */
	final List<String> progress = new ArrayList<>();

	PlanJobClient(String base) {
		this.base = base;
	}

	String base() {
		return base;
	}

	HttpResponse<String> get(String url, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.GET().build());
	}

	HttpResponse<String> delete(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).DELETE().build());
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** The plan's summary computed in the request. */
	MeasureReport sync(String asOf) {
		HttpResponse<String> response = get(base + "/$moc-evaluate?asOf=" + asOf, "Accept", "application/fhir+json");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return FHIR.newJsonParser().parseResource(MeasureReport.class, response.body());
	}

	/** Kicks off the job; answers the status URL. */
	String kickOff(String asOf) {
		HttpResponse<String> response = get(base + "/$moc-evaluate?asOf=" + asOf, "Prefer", "respond-async",
				"Accept", "application/fhir+json");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		String status = response.headers().firstValue("Content-Location").orElseThrow();
		assertThat(status).startsWith(base + "/$moc-evaluate-status?_jobId=");
		return status;
	}

	/** Polls until the job answers something else than 202; that answer. */
	HttpResponse<String> await(String statusUrl, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			HttpResponse<String> response = get(statusUrl, "Accept", "application/fhir+json");
			if (response.statusCode() != 202) {
				return response;
			}
			progress.add(response.headers().firstValue("X-Progress").orElse(null));
			try {
				Thread.sleep(300);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		throw new AssertionError("the plan evaluation did not end within " + timeout);
	}

	/** Polls until complete; the stored summary. */
	MeasureReport result(String statusUrl, Duration timeout) {
		HttpResponse<String> response = await(statusUrl, timeout);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Location").orElseThrow()).matches(".*/MeasureReport/[^/]+");
		return FHIR.newJsonParser().parseResource(MeasureReport.class, response.body());
	}

	/**
	 * The report as far as its content goes: what the two ways of computing it must agree on (everything but the
	 * id, meta, date of computation and the stored report's identifier).
	 */
	static String content(MeasureReport report) {
		MeasureReport copy = report.copy();
		copy.setId((String) null);
		copy.setMeta(null);
		copy.setDateElement(null);
		copy.getIdentifier().clear();
		return FHIR.newJsonParser().setPrettyPrint(true).encodeResourceToString(copy);
	}
}
