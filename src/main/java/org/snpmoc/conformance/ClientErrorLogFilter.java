package org.snpmoc.conformance;

import ca.uhn.fhir.interceptor.executor.BaseInterceptorService;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * HAPI logs every exception an interceptor throws as an ERROR with its stack trace, before passing it on. A write
 * refused by validation is a 422 for the client, not a server fault: those entries are dropped, so a bulk load of
 * bad data does not flood the log. Server errors (5xx) and everything else are logged as before.
 */
final class ClientErrorLogFilter extends TurboFilter {
	private static final String HAPI_INTERCEPTORS = BaseInterceptorService.class.getName();

	static void install() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
				&& logback.getTurboFilterList().stream().noneMatch(ClientErrorLogFilter.class::isInstance)) {
			ClientErrorLogFilter filter = new ClientErrorLogFilter();
			filter.start();
			logback.addTurboFilter(filter);
		}
	}

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
		if (level != Level.ERROR || !HAPI_INTERCEPTORS.equals(logger.getName())) {
			return FilterReply.NEUTRAL;
		}
		return isClientError(t) || isClientError(lastOf(params)) ? FilterReply.DENY : FilterReply.NEUTRAL;
	}

	private static boolean isClientError(Object thrown) {
		return thrown instanceof BaseServerResponseException e && e.getStatusCode() < 500;
	}

	/** SLF4J passes the throwable of a parameterized message as its last argument. */
	private static Object lastOf(Object[] params) {
		return params == null || params.length == 0 ? null : params[params.length - 1];
	}
}
