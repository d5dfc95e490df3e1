package org.snpmoc.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before a caregiver's authorization with a patient context is granted, they choose whom they act for: a caregiver
 * of several beneficiaries is sent to the choice page, which comes back with {@code moc_patient}. A choice outside the
 * people they act for is refused here (and again when the token is made).
 */
final class CaregiverPatientChoice extends OncePerRequestFilter {
	private final Accounts accounts;
	private final CaregiverPatients caregivers;

	CaregiverPatientChoice(Accounts accounts, CaregiverPatients caregivers) {
		this.accounts = accounts;
		this.caregivers = caregivers;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod())
				|| !(request.getRequestURI().equals(request.getContextPath() + "/oauth2/authorize"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		String scope = request.getParameter("scope");
		if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken || scope == null
				|| !(" " + scope + " ").contains(" launch/patient ")) {
			chain.doFilter(request, response);
			return;
		}
		Accounts.Account account = accounts.find(user.getName()).orElse(null);
		if (account == null || account.kind() != Accounts.Kind.CAREGIVER) {
			chain.doFilter(request, response);
			return;
		}
		Map<String, String> actsFor = caregivers.of(account.fhirUsers());
		String chosen = request.getParameter(SmartTokens.CHOSEN_PATIENT);
		if (chosen != null) {
			if (!actsFor.containsKey(chosen)) {
				response.sendError(403, "You do not act for this person");
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		if (actsFor.size() == 1) {
			chain.doFilter(request, response);
			return;
		}
		response.sendRedirect(request.getContextPath() + PatientChoicePage.PATH + "?" + request.getQueryString());
	}
}
