package org.snpmoc.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Logins of the embedded authorization server, kept in the database: a password hash and the FHIR identities the
 * person signs in as ({@code Patient/…} for a beneficiary, {@code RelatedPerson/…} for each person a caregiver acts
 * for, {@code Practitioner/…} or none for plan staff).
 */
public class Accounts implements UserDetailsService {
	private static final Pattern REFERENCE =
			Pattern.compile("(Patient|RelatedPerson|Practitioner|PractitionerRole)/[A-Za-z0-9\\-.]{1,64}");
	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@\\-]{1,200}");

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final PasswordEncoder passwords;

	public Accounts(JdbcTemplate jdbc, TransactionTemplate transactions, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.passwords = passwords;
	}

	/** The kinds of login: what a person's FHIR identities make them. */
	public enum Kind {
		BENEFICIARY, CAREGIVER, STAFF
	}

	public record Account(String username, List<String> fhirUsers) {
		public Kind kind() {
			if (fhirUsers.stream().anyMatch(r -> r.startsWith("Patient/"))) {
				return Kind.BENEFICIARY;
			}
			if (fhirUsers.stream().anyMatch(r -> r.startsWith("RelatedPerson/"))) {
				return Kind.CAREGIVER;
			}
			return Kind.STAFF;
		}
	}

	/** Creates the account or replaces its password and identities. */
	public void save(String username, String password, List<String> fhirUsers) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new IllegalArgumentException("username must be 1–200 letters, digits or . _ @ -");
		}
		if (password == null || password.length() < 8 || password.length() > 200) {
			throw new IllegalArgumentException("password must be 8–200 characters");
		}
		List<String> links = fhirUsers == null ? List.of() : fhirUsers;
		for (String link : links) {
			if (!REFERENCE.matcher(link).matches()) {
				throw new IllegalArgumentException(
						"fhirUser must be Patient/{id}, RelatedPerson/{id}, Practitioner/{id} or PractitionerRole/{id}");
			}
		}
		long kinds = links.stream().map(l -> l.startsWith("Patient/") ? "P" : l.startsWith("RelatedPerson/") ? "R" : "S")
				.distinct().count();
		if (kinds > 1 || links.stream().filter(l -> l.startsWith("Patient/")).count() > 1) {
			throw new IllegalArgumentException(
					"an account is one beneficiary (one Patient), one caregiver (RelatedPersons) or staff");
		}
		String hash = passwords.encode(password);
		transactions.executeWithoutResult(status -> {
			if (jdbc.update("UPDATE moc_account SET password = ?, enabled = TRUE WHERE username = ?", hash, username) == 0) {
				jdbc.update("INSERT INTO moc_account (username, password, enabled) VALUES (?, ?, TRUE)", username, hash);
			}
			jdbc.update("DELETE FROM moc_account_link WHERE username = ?", username);
			for (String link : links.stream().distinct().toList()) {
				jdbc.update("INSERT INTO moc_account_link (username, reference) VALUES (?, ?)", username, link);
			}
		});
	}

	public Optional<Account> find(String username) {
		Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM moc_account WHERE username = ?", Integer.class, username);
		if (found == null || found == 0) {
			return Optional.empty();
		}
		List<String> links = new ArrayList<>(jdbc.queryForList(
				"SELECT reference FROM moc_account_link WHERE username = ? ORDER BY reference", String.class, username));
		return Optional.of(new Account(username, List.copyOf(links)));
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		try {
			return jdbc.queryForObject("SELECT username, password, enabled FROM moc_account WHERE username = ?",
					(rs, n) -> User.withUsername(rs.getString(1)).password(rs.getString(2))
							.disabled(!rs.getBoolean(3)).authorities("ROLE_USER").build(),
					username);
		} catch (EmptyResultDataAccessException e) {
			throw new UsernameNotFoundException("unknown user");
		}
	}
}
