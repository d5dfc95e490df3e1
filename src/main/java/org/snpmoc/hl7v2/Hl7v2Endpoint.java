package org.snpmoc.hl7v2;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.snpmoc.config.OperationOutcomes;
import org.snpmoc.security.Caller;
import org.snpmoc.security.SmartScope;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /hl7v2}: one ADT message as ER7 text in, its acknowledgment out. The acknowledgment is the answer
 * whatever its code (200 with AE or AR too); only a body that is not HL7 v2 at all is a 400. With access control on,
 * the caller needs a staff or system token that creates and updates Encounter.
 */
@RestController
class Hl7v2Endpoint {
	static final String PATH = "/hl7v2";
	private static final String FHIR_JSON = "application/fhir+json";

	private final AdtIntake intake;

	Hl7v2Endpoint(AdtIntake intake) {
		this.intake = intake;
	}

	/** Written straight to the response: an HL7 sender's Accept header (often absent or odd) does not matter. */
	@PostMapping(path = PATH, consumes = {AdtIdentifiers.MESSAGE_CONTENT_TYPE, "application/hl7-v2", MediaType.TEXT_PLAIN_VALUE})
	void receive(@RequestBody(required = false) byte[] body, HttpServletResponse response) throws IOException {
		if (Caller.current().map(Hl7v2Endpoint::mayNot).orElse(false)) {
			write(response, 403, FHIR_JSON, OperationOutcomes.json("error", "forbidden",
					"sending ADT messages needs a user/ or system/ scope that creates and updates Encounter"));
		} else if (body == null || body.length == 0) {
			write(response, 400, FHIR_JSON, OperationOutcomes.json("error", "invalid",
					"the body is empty: send one HL7 v2 message as ER7 text"));
		} else if (body.length > intake.maxMessageSize()) {
			write(response, 413, FHIR_JSON, OperationOutcomes.json("error", "too-long",
					"the message is larger than " + intake.maxMessageSize() + " bytes"));
		} else {
			AdtAck ack = intake.accept(new String(body, StandardCharsets.UTF_8));
			if (ack.hl7()) {
				write(response, 200, AdtIdentifiers.MESSAGE_CONTENT_TYPE, ack.er7());
			} else {
				write(response, 400, FHIR_JSON, OperationOutcomes.json("error", "invalid", ack.text()));
			}
		}
	}

	private static void write(HttpServletResponse response, int status, String contentType, String body) throws IOException {
		response.setStatus(status);
		response.setContentType(contentType);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(body);
	}

	private static boolean mayNot(Caller caller) {
		return caller.patientContext() || caller.granting("Encounter", SmartScope.Action.CREATE).isEmpty()
				|| caller.granting("Encounter", SmartScope.Action.UPDATE).isEmpty();
	}
}
