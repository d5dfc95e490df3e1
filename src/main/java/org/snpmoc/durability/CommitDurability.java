package org.snpmoc.durability;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes an acknowledged write survive a crash and a power loss on the database in use.
 *
 * <p>H2 (MVStore) writes a commit to the file only after its write delay (500 ms by default) and never syncs a
 * commit to the device: a {@code kill -9} loses the last moments of writes and a power loss may lose more. Here
 * the write delay is 0, so each commit is in the file when it returns, and {@link #afterCommit} then syncs the file
 * before the writer goes on: the first waiting commit syncs for every commit queued behind it (group commit).
 *
 * <p>PostgreSQL is durable on its own unless {@code fsync} or {@code synchronous_commit} was switched off; the
 * server checks both at start.
 */
public final class CommitDurability {
	private static final Logger LOG = LoggerFactory.getLogger(CommitDurability.class);

	/** The embedded database's store when it is a file to sync, else null (PostgreSQL, in-memory, sync off). */
	private final MVStore store;
	private final FileSync fileSync;

	public CommitDurability(DataSource dataSource, DurabilityProperties properties) {
		boolean sync = properties.syncCommits();
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
			if (product.contains("postgres")) {
				checkPostgres(new JdbcTemplate(dataSource), sync);
				store = null;
			} else if (product.contains("h2") && sync) {
				store = h2FileStore(connection);
			} else {
				store = null;
			}
		} catch (SQLException e) {
			throw new IllegalStateException("Could not check the database's durability settings", e);
		}
		fileSync = store == null ? null : new FileSync(store);
	}

	/** Taken when a transaction begins; {@link #afterCommit} compares it with the store once it has committed. */
	public long mark() {
		return store == null ? 0 : store.getCurrentVersion();
	}

	/**
	 * Returns once what the transaction begun at {@code mark} committed is on disk. A transaction that wrote
	 * always advances the store's version (its commit stores the file), so one that did not is let through at once;
	 * a read overlapping someone else's write may wait for one sync.
	 */
	public void afterCommit(long mark) {
		if (fileSync != null && store.getCurrentVersion() != mark) {
			fileSync.await();
		}
	}

	private static MVStore h2FileStore(Connection connection) throws SQLException {
		if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
			LOG.warn("H2 over a network connection: the durability of commits is the H2 server's own setting");
			return null;
		}
		MVStore mvStore = session.getDatabase().getStore().getMvStore();
		if (mvStore.getFileStore() == null) {
			return null; // in-memory database: nothing to sync
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET WRITE_DELAY 0");
		}
		LOG.info("Embedded database: each commit is written and synced to {} before it is acknowledged",
				mvStore.getFileStore().getFileName());
		return mvStore;
	}

	private static void checkPostgres(JdbcTemplate jdbc, boolean required) {
		String fsync = jdbc.queryForObject("SHOW fsync", String.class);
		String synchronousCommit = jdbc.queryForObject("SHOW synchronous_commit", String.class);
		if ("on".equalsIgnoreCase(fsync) && !"off".equalsIgnoreCase(synchronousCommit)) {
			return;
		}
		String problem = "PostgreSQL has fsync=" + fsync + ", synchronous_commit=" + synchronousCommit
				+ ": a crash of the database server can lose acknowledged writes";
		if (required) {
			throw new IllegalStateException(problem + ". Turn both on, or set moc.durability.sync-commits=false"
					+ " to accept the risk.");
		}
		LOG.warn("{} (accepted: moc.durability.sync-commits=false)", problem);
	}

	/** Group commit: whoever holds the lock syncs for every commit that asked before the sync began. */
	private static final class FileSync {
		private final MVStore store;
		private final Object lock = new Object();
		private long requested;
		private long synced;

		FileSync(MVStore store) {
			this.store = store;
		}

		void await() {
			long ticket;
			synchronized (this) {
				ticket = ++requested;
			}
			synchronized (lock) {
				if (synced >= ticket) {
					return;
				}
				long upTo;
				synchronized (this) {
					upTo = requested;
				}
				store.sync();
				synced = upTo;
			}
		}
	}
}
