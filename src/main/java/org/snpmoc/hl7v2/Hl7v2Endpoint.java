package org.snpmoc.hl7v2;

import java.nio.charset.StandardCharsets;
import org.snpmoc.config.OperationOutcomes;
import org.snpmoc.security.Caller;
import org.snpmoc.security.SmartScope;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
	private static final MediaType ER7 = MediaType.parseMediaType(AdtIdentifiers.MESSAGE_CONTENT_TYPE);
	private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

	private final AdtIntake intake;

	Hl7v2Endpoint(AdtIntake intake) {
		this.intake = intake;
	}

	@PostMapping(path = PATH, consumes = {AdtIdentifiers.MESSAGE_CONTENT_TYPE, "application/hl7-v2", MediaType.TEXT_PLAIN_VALUE})
	ResponseEntity<String> receive(@RequestBody(required = false) byte[] body) {
		if (Caller.current().map(Hl7v2Endpoint::mayNot).orElse(false)) {
			return ResponseEntity.status(403).contentType(FHIR_JSON).body(OperationOutcomes.json("error", "forbidden",
					"sending ADT messages needs a user/ or system/ scope that creates and updates Encounter"));
		}
		if (body == null || body.length == 0) {
			return notHl7("the body is empty: send one HL7 v2 message as ER7 text");
		}
		if (body.length > intake.maxMessageSize()) {
			return ResponseEntity.status(413).contentType(FHIR_JSON).body(OperationOutcomes.json("error", "too-long",
					"the message is larger than " + intake.maxMessageSize() + " bytes"));
		}
		AdtAck ack = intake.accept(new String(body, StandardCharsets.UTF_8));
		if (!ack.hl7()) {
			return notHl7(ack.text());
		}
		return ResponseEntity.ok().contentType(ER7).body(ack.er7());
	}

	private static boolean mayNot(Caller caller) {
		return caller.patientContext() || caller.granting("Encounter", SmartScope.Action.CREATE).isEmpty()
				|| caller.granting("Encounter", SmartScope.Action.UPDATE).isEmpty();
	}

	private static ResponseEntity<String> notHl7(String reason) {
		return ResponseEntity.badRequest().contentType(FHIR_JSON).body(OperationOutcomes.json("error", "invalid", reason));
	}
}
