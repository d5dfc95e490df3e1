package org.snpmoc.security;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registering logins, client apps and EHR launch contexts over HTTP: {@code /admin/**} needs the {@code moc.admin}
 * scope; {@code /smart/launch} a staff token that may read Patient.
 */
@RestController
class AccessAdministration {
	private final Accounts accounts;
	private final Clients clients;
	private final LaunchContexts launches;

	AccessAdministration(Accounts accounts, Clients clients, LaunchContexts launches) {
		this.accounts = accounts;
		this.clients = clients;
		this.launches = launches;
	}

	record UserRequest(String username, String password, List<String> fhirUser) {}

	@PostMapping("/admin/users")
	ResponseEntity<Map<String, Object>> saveUser(@RequestBody UserRequest user) {
		accounts.save(user.username(), user.password(), user.fhirUser());
		return ResponseEntity.ok(Map.of("username", user.username(),
				"fhirUser", user.fhirUser() == null ? List.of() : user.fhirUser()));
	}

	@PostMapping("/admin/clients")
	ResponseEntity<Map<String, Object>> saveClient(@RequestBody SecurityProperties.ClientSpec client) {
		var saved = clients.save(client);
		return ResponseEntity.ok(Map.of("clientId", saved.getClientId(), "scopes", saved.getScopes()));
	}

	record LaunchRequest(String patient) {}

	@PostMapping("/smart/launch")
	ResponseEntity<Map<String, Object>> launch(@RequestBody LaunchRequest request) {
		Caller caller = Caller.current().orElse(null);
		if (caller != null && !caller.readsThePlan()) {
			return ResponseEntity.status(403).body(Map.of("error", "a staff token that reads Patient is needed"));
		}
		String patient = request.patient() == null ? "" : request.patient().replaceFirst("^Patient/", "");
		if (!patient.matches("[A-Za-z0-9\\-.]{1,64}")) {
			throw new IllegalArgumentException("patient must be a Patient id");
		}
		return ResponseEntity.ok(Map.of("launch", launches.create(patient), "patient", patient));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, Object>> invalid(IllegalArgumentException e) {
		return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
	}
}
