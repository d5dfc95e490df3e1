package org.snpmoc.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded authorization server's signing key, generated once and kept in the database so tokens (and
 * refresh tokens) stay valid across restarts and across servers sharing one database.
 */
final class SigningKeys {
	private SigningKeys() {}

	static RSAKey load(JdbcTemplate jdbc) {
		List<String> stored = jdbc.queryForList("SELECT jwk FROM moc_signing_key ORDER BY created_at DESC", String.class);
		if (stored.isEmpty()) {
			try {
				RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
				jdbc.update("INSERT INTO moc_signing_key (kid, jwk, created_at) VALUES (?, ?, ?)",
						key.getKeyID(), key.toJSONString(), Timestamp.from(Instant.now()));
				stored = jdbc.queryForList("SELECT jwk FROM moc_signing_key ORDER BY created_at DESC", String.class);
			} catch (JOSEException e) {
				throw new IllegalStateException("Cannot generate the token signing key", e);
			}
		}
		try {
			return RSAKey.parse(stored.get(0));
		} catch (ParseException e) {
			throw new IllegalStateException("The stored token signing key is unreadable", e);
		}
	}

	static JWKSet set(RSAKey key) {
		return new JWKSet(key);
	}
}
