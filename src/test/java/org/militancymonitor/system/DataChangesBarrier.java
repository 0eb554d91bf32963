package org.militancymonitor.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.militancymonitor.Await;

import static org.assertj.core.api.Assertions.fail;

/**
 * Waits until {@link DataChanges} has heard every change committed so far. Its
 * notifications arrive late, and every context's listener hears every test's changes: one
 * committed by an earlier test (or context) could otherwise raise the version in the
 * middle of a test that counts on it staying put. PostgreSQL delivers notifications in
 * the order they commit, so once the listener has heard one sent after them, it has heard
 * them all.
 */
public final class DataChangesBarrier {

	private static final int ATTEMPTS = 5;

	private DataChangesBarrier() {
	}

	/**
	 * Returns once the listener listens and has heard every change committed before the
	 * call; notifies on a connection of its own, outside any transaction of the test.
	 */
	public static void awaitEveryChangeHeard(DataChanges changes, DataSource dataSource) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Await.until("changes to be listened for", changes::isListening);
			int listener = changes.listenerPid();
			String barrier = "barrier " + UUID.randomUUID();
			notify(dataSource, barrier);
			Await.until("the listener to hear " + barrier,
					() -> barrier.equals(changes.lastPayload()) || changes.listenerPid() != listener);
			if (barrier.equals(changes.lastPayload())) {
				return;
			}
			// the listener lost its connection meanwhile, and the notification with it
		}
		fail("The listener lost its connection " + ATTEMPTS + " times while a test waited for it");
	}

	private static void notify(DataSource dataSource, String payload) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
			statement.setString(1, DataChanges.CHANNEL);
			statement.setString(2, payload);
			statement.execute();
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not notify " + DataChanges.CHANNEL, ex);
		}
	}

}
