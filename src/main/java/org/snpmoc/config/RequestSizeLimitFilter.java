package org.snpmoc.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size with 413 and an OperationOutcome, before HAPI parses them.
 * A declared Content-Length is checked up front; a chunked body is read up to the limit and refused past it. A
 * gzip body is inflated here, only up to the limit, so a small compressed bomb is refused without being inflated
 * (HAPI's own inflation, which has no limit, is off); other content codings are refused with 415.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {
	private final long maxBytes;

	RequestSizeLimitFilter(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > maxBytes) {
			refuse(response);
			return;
		}
		String coding = request.getHeader("Content-Encoding");
		if (coding != null && !coding.isBlank() && !coding.trim().equalsIgnoreCase("identity")) {
			if (!coding.trim().equalsIgnoreCase("gzip")) {
				write(response, 415, "not-supported", "Content-Encoding '" + OperationOutcomes.quote(coding)
						+ "' is not supported; send the body as is or gzip-compressed");
				return;
			}
			byte[] inflated;
			try {
				inflated = readAtMost(new GZIPInputStream(request.getInputStream()), maxBytes + 1);
			} catch (ZipException | EOFException e) {
				write(response, 400, "invalid", "The body is not valid gzip data, as its Content-Encoding says it is");
				return;
			}
			if (inflated.length > maxBytes) {
				refuse(response);
				return;
			}
			chain.doFilter(new BufferedBodyRequest(request, inflated), response);
			return;
		}
		if (declared >= 0 || !"chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"))) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = readAtMost(request.getInputStream(), maxBytes + 1);
		if (body.length > maxBytes) {
			refuse(response);
			return;
		}
		chain.doFilter(new BufferedBodyRequest(request, body), response);
	}

	private static byte[] readAtMost(InputStream in, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		while (out.size() < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - out.size()))) != -1) {
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	private void refuse(HttpServletResponse response) throws IOException {
		write(response, 413, "too-costly", "The request body is larger than the server accepts (" + maxBytes + " bytes).");
	}

	private static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/fhir+json");
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(OperationOutcomes.json("error", code, message).getBytes(StandardCharsets.UTF_8));
	}

	private static final class BufferedBodyRequest extends HttpServletRequestWrapper {
		private final byte[] body;

		/** The body as read (and inflated): HAPI must not see the Content-Encoding of the bytes it no longer gets. */
		BufferedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}
			};
		}

		@Override
		public String getHeader(String name) {
			return "Content-Encoding".equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return "Content-Encoding".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}
	}
}
