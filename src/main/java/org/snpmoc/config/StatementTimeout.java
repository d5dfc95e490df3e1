package org.snpmoc.config;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The database's own limit on one statement ({@code moc.server.limits.statement-timeout}), set on every pooled
 * connection, so no request (nor anything else) holds a connection past it, whatever the query planner does:
 * {@code QUERY_TIMEOUT} on H2, {@code statement_timeout} on PostgreSQL. A statement over it fails with SQL state
 * 57014, which the endpoint answers as a 400.
 */
final class StatementTimeout implements BeanPostProcessor {
	private final Duration timeout;

	StatementTimeout(Environment environment) {
		// A post-processor is created before configuration properties beans: read the one setting directly.
		this.timeout = Binder.get(environment).bind("moc.server.limits.statement-timeout", Duration.class)
				.orElse(new ServerProperties.Limits(null, null, null, null, null, null).statementTimeout());
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String name) {
		if (bean instanceof HikariDataSource pool && !timeout.isZero() && pool.getJdbcUrl() != null) {
			String millis = Long.toString(timeout.toMillis());
			if (pool.getJdbcUrl().startsWith("jdbc:h2:")) {
				pool.addDataSourceProperty("QUERY_TIMEOUT", millis);
			} else if (pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
				Object options = pool.getDataSourceProperties().get("options");
				pool.addDataSourceProperty("options", (options == null ? "" : options + " ") + "-c statement_timeout=" + millis);
			}
		}
		return bean;
	}
}
