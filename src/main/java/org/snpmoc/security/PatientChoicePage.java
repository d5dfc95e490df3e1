package org.snpmoc.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The caregiver's choice of whom they act for in this app: one link per person, back to the authorization. */
@RestController
class PatientChoicePage {
	static final String PATH = "/select-patient";

	private final Accounts accounts;
	private final CaregiverPatients caregivers;

	PatientChoicePage(Accounts accounts, CaregiverPatients caregivers) {
		this.accounts = accounts;
		this.caregivers = caregivers;
	}

	@GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> choose(HttpServletRequest request, Authentication user) {
		Accounts.Account account = accounts.find(user.getName()).orElse(null);
		if (account == null || account.kind() != Accounts.Kind.CAREGIVER) {
			return ResponseEntity.status(403).contentType(MediaType.TEXT_PLAIN).body("Only a caregiver chooses a person here.");
		}
		String query = request.getQueryString() == null ? "" : request.getQueryString();
		StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<title>Whom are you acting for?</title></head><body><main><h1>Whom are you acting for?</h1>"
				+ "<p>Choose the person whose health information this app may use.</p><ul>");
		for (Map.Entry<String, String> person : caregivers.of(account.fhirUsers()).entrySet()) {
			String href = request.getContextPath() + "/oauth2/authorize?" + query + "&" + SmartTokens.CHOSEN_PATIENT + "="
					+ URLEncoder.encode(person.getKey(), StandardCharsets.UTF_8);
			page.append("<li><a data-patient=\"").append(HtmlUtils.htmlEscape(person.getKey())).append("\" href=\"")
					.append(HtmlUtils.htmlEscape(href)).append("\">")
					.append(HtmlUtils.htmlEscape(caregivers.displayName(person.getKey()))).append("</a></li>");
		}
		page.append("</ul></main></body></html>");
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page.toString());
	}
}
