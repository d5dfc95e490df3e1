package org.snpmoc.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class StatementTimeoutTest {

	@Test
	void aStatementOverTheTimeoutIsCancelledWithSqlState57014() throws Exception {
		MockEnvironment environment = new MockEnvironment().withProperty("moc.server.limits.statement-timeout", "300ms");
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl("jdbc:h2:mem:statement-timeout-test");
			new StatementTimeout(environment).postProcessBeforeInitialization(pool, "dataSource");
			long started = System.nanoTime();
			SQLException cancelled;
			try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
				cancelled = catchThrowableOfType(() -> statement.executeQuery(
						"SELECT SUM(A.X * B.X) FROM SYSTEM_RANGE(1, 1000000) A, SYSTEM_RANGE(1, 1000000) B"), SQLException.class);
			}
			assertThat((Throwable) cancelled).isNotNull();
			assertThat(cancelled.getSQLState()).isEqualTo("57014");
			assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(20_000);
		}
	}

	@Test
	void postgresGetsStatementTimeoutInItsConnectionOptions() {
		MockEnvironment environment = new MockEnvironment().withProperty("moc.server.limits.statement-timeout", "5s");
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl("jdbc:postgresql://localhost:5432/moc");
			pool.addDataSourceProperty("options", "-c search_path=moc");
			new StatementTimeout(environment).postProcessBeforeInitialization(pool, "dataSource");
			assertThat(pool.getDataSourceProperties().getProperty("options")).isEqualTo("-c search_path=moc -c statement_timeout=5000");
		}
	}
}
