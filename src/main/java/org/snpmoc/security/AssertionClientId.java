package org.snpmoc.security;

import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.ParseException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * SMART Backend Services clients send no {@code client_id} with their signed assertion: the client is the
 * assertion's {@code sub}. The token endpoint wants the parameter, so it is taken from there (the signature is
 * verified afterwards against that client's keys, as always).
 */
final class AssertionClientId extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !request.getRequestURI().equals(request.getContextPath() + "/oauth2/token")
				|| request.getParameter("client_assertion") == null || request.getParameter("client_id") != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String subject;
		try {
			subject = SignedJWT.parse(request.getParameter("client_assertion")).getJWTClaimsSet().getSubject();
		} catch (ParseException e) {
			subject = null;
		}
		if (subject == null) {
			chain.doFilter(request, response);
			return;
		}
		Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
		parameters.put("client_id", new String[] {subject});
		Map<String, String[]> withClient = Collections.unmodifiableMap(parameters);
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public String getParameter(String name) {
				String[] values = withClient.get(name);
				return values == null || values.length == 0 ? null : values[0];
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				return withClient;
			}

			@Override
			public Enumeration<String> getParameterNames() {
				return Collections.enumeration(withClient.keySet());
			}

			@Override
			public String[] getParameterValues(String name) {
				return withClient.get(name);
			}
		}, response);
	}
}
