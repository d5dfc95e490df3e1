package org.snpmoc.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tables of the embedded authorization server (Spring Authorization Server's own layout) and of our accounts,
 * created when missing. PostgreSQL gets {@code text}/{@code timestamptz} where the reference layout says blob/timestamp.
 */
final class SecuritySchema {
	private SecuritySchema() {}

	static void create(DataSource dataSource) {
		boolean postgres;
		try (Connection connection = dataSource.getConnection()) {
			postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		} catch (SQLException e) {
			throw new IllegalStateException("Cannot reach the database for the security tables", e);
		}
		String lob = postgres ? "text" : "blob";
		String ts = postgres ? "timestamptz" : "timestamp with time zone";
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		for (String ddl : List.of(
				"CREATE TABLE IF NOT EXISTS oauth2_registered_client (id varchar(100) NOT NULL,"
						+ " client_id varchar(100) NOT NULL, client_id_issued_at " + ts + " DEFAULT CURRENT_TIMESTAMP NOT NULL,"
						+ " client_secret varchar(200) DEFAULT NULL, client_secret_expires_at " + ts + " DEFAULT NULL,"
						+ " client_name varchar(200) NOT NULL, client_authentication_methods varchar(1000) NOT NULL,"
						+ " authorization_grant_types varchar(1000) NOT NULL, redirect_uris varchar(1000) DEFAULT NULL,"
						+ " post_logout_redirect_uris varchar(1000) DEFAULT NULL, scopes varchar(4000) NOT NULL,"
						+ " client_settings varchar(8000) NOT NULL, token_settings varchar(2000) NOT NULL, PRIMARY KEY (id))",
				"CREATE TABLE IF NOT EXISTS oauth2_authorization (id varchar(100) NOT NULL,"
						+ " registered_client_id varchar(100) NOT NULL, principal_name varchar(200) NOT NULL,"
						+ " authorization_grant_type varchar(100) NOT NULL, authorized_scopes varchar(4000) DEFAULT NULL,"
						+ " attributes " + lob + " DEFAULT NULL, state varchar(500) DEFAULT NULL,"
						+ tokenColumns("authorization_code", lob, ts)
						+ tokenColumns("access_token", lob, ts)
						+ " access_token_type varchar(100) DEFAULT NULL, access_token_scopes varchar(4000) DEFAULT NULL,"
						+ tokenColumns("oidc_id_token", lob, ts)
						+ tokenColumns("refresh_token", lob, ts)
						+ tokenColumns("user_code", lob, ts)
						+ tokenColumns("device_code", lob, ts)
						+ " PRIMARY KEY (id))",
				"CREATE TABLE IF NOT EXISTS oauth2_authorization_consent (registered_client_id varchar(100) NOT NULL,"
						+ " principal_name varchar(200) NOT NULL, authorities varchar(4000) NOT NULL,"
						+ " PRIMARY KEY (registered_client_id, principal_name))",
				"CREATE TABLE IF NOT EXISTS moc_account (username varchar(200) NOT NULL, password varchar(200) NOT NULL,"
						+ " enabled boolean NOT NULL, PRIMARY KEY (username))",
				"CREATE TABLE IF NOT EXISTS moc_account_link (username varchar(200) NOT NULL,"
						+ " reference varchar(200) NOT NULL, PRIMARY KEY (username, reference))",
				"CREATE TABLE IF NOT EXISTS moc_launch (id varchar(64) NOT NULL, patient varchar(200) NOT NULL,"
						+ " created_at " + ts + " NOT NULL, PRIMARY KEY (id))",
				"CREATE TABLE IF NOT EXISTS moc_signing_key (kid varchar(64) NOT NULL, jwk varchar(16000) NOT NULL,"
						+ " created_at " + ts + " NOT NULL, PRIMARY KEY (kid))")) {
			jdbc.execute(ddl);
		}
	}

	private static String tokenColumns(String token, String lob, String ts) {
		return " " + token + "_value " + lob + " DEFAULT NULL, " + token + "_issued_at " + ts + " DEFAULT NULL, "
				+ token + "_expires_at " + ts + " DEFAULT NULL, " + token + "_metadata " + lob + " DEFAULT NULL,";
	}
}
