package org.snpmoc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.interceptor.executor.BaseInterceptorService;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ClientErrorLogFilterTest {
	private static final Logger HAPI = (Logger) LoggerFactory.getLogger(BaseInterceptorService.class);
	private static final String FORMAT = "Exception thrown by interceptor for pointcut {}: {}";
	private final ClientErrorLogFilter filter = new ClientErrorLogFilter();

	@Test
	void aRefusedWriteIsNotLoggedAsAServerError() {
		Object[] params = {"STORAGE_PRESTORAGE_RESOURCE_CREATED", "refused", new UnprocessableEntityException("refused")};
		assertThat(filter.decide(null, HAPI, Level.ERROR, FORMAT, params, null)).isEqualTo(FilterReply.DENY);
	}

	@Test
	void serverErrorsAndOtherLoggersAreLoggedAsBefore() {
		Object[] failure = {"STORAGE_PRESTORAGE_RESOURCE_CREATED", "boom", new InternalErrorException("boom")};
		assertThat(filter.decide(null, HAPI, Level.ERROR, FORMAT, failure, null)).isEqualTo(FilterReply.NEUTRAL);
		Object[] refused = {new UnprocessableEntityException("refused")};
		Logger other = (Logger) LoggerFactory.getLogger(ClientErrorLogFilterTest.class);
		assertThat(filter.decide(null, other, Level.ERROR, FORMAT, refused, null)).isEqualTo(FilterReply.NEUTRAL);
		assertThat(filter.decide(null, HAPI, Level.ERROR, FORMAT, null, null)).isEqualTo(FilterReply.NEUTRAL);
	}
}
