package org.snpmoc.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response (FHIR, actuator, error pages), and no product banner: a FHIR API is never a
 * page to frame, sniff or run scripts in, and {@code X-Powered-By} only tells an attacker which advisories apply.
 */
final class SecurityHeaders extends OncePerRequestFilter {
	private static final String POWERED_BY = "X-Powered-By";

	static void apply(HttpServletResponse response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
		response.setHeader("Referrer-Policy", "no-referrer");
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		apply(response);
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
				apply(this);
			}
		});
	}
}
