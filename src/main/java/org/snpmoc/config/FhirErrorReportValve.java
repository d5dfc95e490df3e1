package org.snpmoc.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error page for what fails before any servlet runs (an encoded slash or NUL in the path, a request line
 * or header too long, a malformed request): an OperationOutcome in JSON instead of Tomcat's HTML page.
 */
public final class FhirErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable thrown) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			response.resetBuffer(true);
			response.setContentType("application/fhir+json");
			response.setCharacterEncoding("UTF-8");
			SecurityHeaders.apply(response);
			String json = OperationOutcomes.forStatus(status);
			response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
			response.finishResponse();
		} catch (IOException | IllegalStateException e) {
			// The client has gone or the response was committed meanwhile: nothing more can be said to it.
		}
	}
}
