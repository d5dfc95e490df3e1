package org.snpmoc.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response (FHIR, actuator, error pages), and no product banner: a FHIR API is never a
 * page to frame, sniff or run scripts in, and {@code X-Powered-By} only tells an attacker which advisories apply.
 * The browser apps the server hosts under {@value #APPS}, and its sign-in page, may run their own scripts and styles
 * and call the server, nothing else (no inline code, no other origin). A method HTTP's FHIR interactions do not use is a 405 here.
 */
final class SecurityHeaders extends OncePerRequestFilter {
	private static final String POWERED_BY = "X-Powered-By";
	private static final Set<String> METHODS = new LinkedHashSet<>(List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"));

	static final String APPS = "/apps/";
	/** The sign-in form, whose stylesheet ({@code /default-ui.css}) is the server's own too. */
	static final String LOGIN = "/login";
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
	static final String APP_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; "
			+ "img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	static void apply(HttpServletResponse response) {
		apply(response, API_POLICY);
	}

	private static void apply(HttpServletResponse response, String contentSecurityPolicy) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Content-Security-Policy", contentSecurityPolicy);
		response.setHeader("Referrer-Policy", "no-referrer");
	}

	private static String policyFor(HttpServletRequest request) {
		// The decoded, normalised path the servlet is chosen by (not the raw URI, where "/apps/%2e%2e/fhir" hides /fhir).
		String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		return path.startsWith(APPS) || path.equals(LOGIN) ? APP_POLICY : API_POLICY;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String policy = policyFor(request);
		apply(response, policy);
		if (!METHODS.contains(request.getMethod())) {
			// The servlet API answers an unknown method with 501, a server error; it is the client's.
			response.setStatus(405);
			response.setHeader("Allow", String.join(", ", METHODS));
			response.setContentType("application/fhir+json;charset=UTF-8");
			response.getWriter().write(OperationOutcomes.forStatus(405));
			return;
		}
		if (dotSegments(request.getRequestURI())) {
			// "/apps/%2e%2e/fhir" would reach /fhir under another path's rules; no client needs it.
			response.setStatus(400);
			response.setContentType("application/fhir+json;charset=UTF-8");
			response.getWriter().write(OperationOutcomes.forStatus(400));
			return;
		}
		chain.doFilter(request, new HttpServletResponseWrapper(response) {
			@Override
			public void setHeader(String name, String value) {
				if (!POWERED_BY.equalsIgnoreCase(name)) {
					super.setHeader(name, value);
				}
			}

			@Override
			public void addHeader(String name, String value) {
				if (!POWERED_BY.equalsIgnoreCase(name)) {
					super.addHeader(name, value);
				}
			}

			@Override
			public void reset() {
				super.reset();
				apply(this, policy);
			}
		});
	}

	/** A path with dot segments, plain or percent-encoded, or an encoded slash or backslash. */
	static boolean dotSegments(String rawPath) {
		String path = rawPath.toLowerCase(java.util.Locale.ROOT);
		return path.contains("%2e") || path.contains("%2f") || path.contains("%5c") || path.contains("/../")
				|| path.contains("/./") || path.endsWith("/..") || path.endsWith("/.");
	}
}
