package org.militancymonitor.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears about committed changes to the data: every table notifies the channel
 * {@value #CHANNEL} when a statement changes it (migration V26), and a background thread
 * LISTENs on a connection of its own. Each notification raises the {@link #version()} and
 * publishes a {@link DataChangedEvent}.
 * <p>
 * While the thread is not listening (starting, or after losing its connection) nothing
 * can be known about changes: {@link #isListening()} is false, so caches must not serve
 * or keep anything; when it listens again it raises the version, since changes may have
 * been missed meanwhile.
 */
@Component
public class DataChanges implements SmartLifecycle {

	static final String CHANNEL = "mm_data_changed";

	private static final Duration PROBE_EVERY = Duration.ofSeconds(30);

	/** How long {@link #sinceHeard} remembers when a version was heard. */
	private static final Duration REMEMBER = Duration.ofHours(1);

	private static final Log logger = LogFactory.getLog(DataChanges.class);

	private final DataSource dataSource;

	private final ApplicationEventPublisher events;

	private final AtomicLong version = new AtomicLong();

	/** When each recent version became the version (System.nanoTime), by version. */
	private final ConcurrentSkipListMap<Long, Long> heard = new ConcurrentSkipListMap<>();

	private volatile boolean listening;

	private volatile int listenerPid;

	private volatile String lastPayload = "";

	private volatile boolean running;

	private Thread thread;

	DataChanges(DataSource dataSource, ApplicationEventPublisher events) {
		this.dataSource = dataSource;
		this.events = events;
	}

	/**
	 * The version of the data: changes whenever the data may have changed. Read it before
	 * the data it keys.
	 */
	public long version() {
		return this.version.get();
	}

	/**
	 * How long ago (nanoseconds) the data became {@code version}: for a version after a
	 * rendering's, how long the rendering has been out of date. {@link Long#MAX_VALUE}
	 * when that version is not reached yet, or was reached too long ago to remember (an
	 * hour).
	 */
	public long sinceHeard(long version) {
		Long at = this.heard.get(version);
		return (at != null) ? System.nanoTime() - at : Long.MAX_VALUE;
	}

	/**
	 * Whether changes are being heard now: only then may anything derived from the data
	 * be kept in memory under a {@link #version()}.
	 */
	public boolean isListening() {
		return this.listening;
	}

	/**
	 * The process id of the PostgreSQL backend that listens, or 0 when none does: tests
	 * and operators find the listening connection by it.
	 */
	public int listenerPid() {
		return this.listening ? this.listenerPid : 0;
	}

	/**
	 * The payload of the last notification heard (a change's is empty): a test notifies
	 * one of its own and waits for it to know that every change committed before is
	 * heard.
	 */
	String lastPayload() {
		return this.lastPayload;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::listen, "data-changes");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread listener = this.thread;
		if (listener != null) {
			listener.interrupt();
			try {
				listener.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		while (this.running) {
			try {
				listenOnce();
			}
			catch (SQLException | RuntimeException ex) {
				if (this.running) {
					logger.warn("Not listening for data changes (" + ex.getMessage() + "); caches are off until"
							+ " the connection is back");
				}
			}
			finally {
				this.listening = false;
			}
			if (this.running) {
				changed();
			}
			pause(Duration.ofSeconds(1));
		}
	}

	/**
	 * Listens on a connection borrowed from the pool for as long as it works (the pool
	 * retires a borrowed connection only when it is given back). Waiting for
	 * notifications sends nothing, so a connection that died without a word (a firewall's
	 * idle timeout) would look like a quiet database: a query every {@link #PROBE_EVERY}
	 * finds out.
	 */
	private void listenOnce() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			PGConnection postgres = connection.unwrap(PGConnection.class);
			try {
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + CHANNEL);
				}
				changed(); // what was kept before may miss changes made while nobody
							// listened
				this.listenerPid = postgres.getBackendPID();
				this.listening = true;
				long probed = System.nanoTime();
				while (this.running) {
					PGNotification[] notifications = postgres.getNotifications(1000);
					if (notifications != null && notifications.length > 0) {
						changed();
						this.lastPayload = notifications[notifications.length - 1].getParameter();
					}
					if (System.nanoTime() - probed > PROBE_EVERY.toNanos()) {
						try (Statement statement = connection.createStatement()) {
							statement.execute("select 1");
						}
						probed = System.nanoTime();
					}
				}
			}
			finally {
				this.listening = false;
				unlisten(connection);
			}
		}
	}

	/**
	 * Stops listening before the connection goes back to the pool, where a request would
	 * otherwise receive notifications nobody reads; a broken connection the pool drops.
	 */
	private static void unlisten(Connection connection) {
		try (Statement statement = connection.createStatement()) {
			statement.execute("unlisten *");
		}
		catch (SQLException ex) {
			// broken: the pool evicts it
		}
	}

	/** Raises the version; only the listening thread calls it. */
	private void changed() {
		long now = System.nanoTime();
		this.heard.put(this.version.get() + 1, now);
		long version = this.version.incrementAndGet();
		for (Map.Entry<Long, Long> first = this.heard.firstEntry(); first != null && first.getKey() < version
				&& now - first.getValue() > REMEMBER.toNanos(); first = this.heard.firstEntry()) {
			this.heard.remove(first.getKey());
		}
		this.events.publishEvent(new DataChangedEvent(version));
	}

	private void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
