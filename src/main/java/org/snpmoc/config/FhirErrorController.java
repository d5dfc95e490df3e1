package org.snpmoc.config;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors outside the FHIR servlet (an unknown path, a failure in a filter): an OperationOutcome like every other
 * error of this server, instead of Spring's error page. Says only what the status means, never the exception.
 */
@RestController
class FhirErrorController implements ErrorController {
	private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<String> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer value && value >= 400 ? value : 500;
		return ResponseEntity.status(status).contentType(FHIR_JSON).body(OperationOutcomes.forStatus(status));
	}
}
