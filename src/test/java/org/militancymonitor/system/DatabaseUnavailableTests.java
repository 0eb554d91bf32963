package org.militancymonitor.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a request answers when the database fails it, on real PostgreSQL: a lock held on
 * the incident table makes the requests that read it wait, and then either the statement
 * timeout ends them or their connection is terminated ({@code pg_terminate_backend}), as
 * when PostgreSQL restarts.
 */
@PostgresSpringBootTest
@TestPropertySource(properties = { "militancy.db.statement-timeout=3s", "militancy.security.public-read=true" })
class DatabaseUnavailableTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void shouldTellConnectionFailuresFromOtherFailures() {
		assertThat(DatabaseUnavailable.isConnectionFailure(new CannotGetJdbcConnectionException("no",
				new SQLTransientConnectionException("militancy - Connection is not available"))))
			.isTrue();
		assertThat(DatabaseUnavailable.isConnectionFailure(new DataAccessResourceFailureException("gone"))).isTrue();
		assertThat(DatabaseUnavailable
			.isConnectionFailure(new RuntimeException(new SQLException("terminating connection", "57P01")))).isTrue();
		assertThat(DatabaseUnavailable.isConnectionFailure(new SQLException("refused", "08001"))).isTrue();
		assertThat(DatabaseUnavailable.isConnectionFailure(new QueryTimeoutException("slow"))).isFalse();
		assertThat(DatabaseUnavailable.isNoConnectionToBeHad(new CannotGetJdbcConnectionException("no",
				new SQLTransientConnectionException("militancy - Connection is not available"))))
			.isTrue();
		assertThat(DatabaseUnavailable
			.isNoConnectionToBeHad(new RuntimeException(new SQLException("terminating connection", "57P01"))))
			.isFalse();
		assertThat(DatabaseUnavailable.isTimeout(new RuntimeException(new SQLException("canceling", "57014"))))
			.isTrue();
		assertThat(DatabaseUnavailable.isDatabaseFailure(new SQLException("duplicate key", "23505"))).isFalse();
		assertThat(DatabaseUnavailable.isDatabaseFailure(new IllegalStateException("bug"))).isFalse();
		// a rollback on the broken connection replaces the failure that broke it, and
		// keeps it as suppressed (TransactionAspectSupport), or as the application
		// exception of a TransactionSystemException
		RuntimeException rollback = new JpaSystemException(new RuntimeException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
		assertThat(DatabaseUnavailable.isConnectionFailure(rollback)).isFalse();
		rollback.addSuppressed(
				new JpaSystemException(new RuntimeException(new SQLException("terminating connection", "57P01"))));
		assertThat(DatabaseUnavailable.isConnectionFailure(rollback)).isTrue();
		TransactionSystemException commit = new TransactionSystemException("Could not roll back");
		commit.initApplicationException(new SQLException("terminating connection", "57P01"));
		assertThat(DatabaseUnavailable.isDatabaseFailure(commit)).isTrue();
	}

	@Test
	void shouldGiveEveryPooledConnectionTheStatementTimeoutAfterTheMigrations() throws Exception {
		// Flyway lifts the timeout on its connection (spring.flyway.init-sqls), a
		// connection of
		// the same pool
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		List<Connection> held = new ArrayList<>();
		try {
			while (pool.getHikariPoolMXBean().getIdleConnections() > 0) {
				held.add(this.dataSource.getConnection());
			}
			assertThat(held).isNotEmpty();
			for (Connection connection : held) {
				try (PreparedStatement show = connection.prepareStatement("show statement_timeout");
						ResultSet rs = show.executeQuery()) {
					rs.next();
					assertThat(rs.getString(1)).isEqualTo("3s");
				}
			}
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}
	}

	@Test
	void shouldAnswerAPageThatTimesOut503WithRetryAfter() throws Exception {
		try (Connection lock = lockIncidents()) {
			HttpResponse<String> page = get("/incidents?group=ttp", "text/html");
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).hasValue(DatabaseUnavailable.RETRY_AFTER);
			assertThat(page.body()).contains("Temporarily unavailable", "cannot reach its database")
				.doesNotContain("Exception");
		}
		assertThat(get("/incidents?group=ttp", "text/html").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldAnswerAnApiRequestThatTimesOutWithAProblem() throws Exception {
		try (Connection lock = lockIncidents()) {
			HttpResponse<String> api = get("/api/v1/incidents?group=ttp", "application/json");
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Retry-After")).hasValue(DatabaseUnavailable.RETRY_AFTER);
			assertThat(api.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(api.body()).contains("\"status\":503", "did not answer in time");
		}
		assertThat(get("/api/v1/incidents?group=ttp", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldTryAReadAgainOnAFreshConnectionWhenItsConnectionBreaks() throws Exception {
		CompletableFuture<HttpResponse<String>> page;
		try (Connection lock = lockIncidents()) {
			page = getLater("/incidents?group=ttp", "text/html");
			terminateAWaitingRequest(lock);
			// the second try waits on the lock again, and is let through
			waitingRequest(lock);
		}
		HttpResponse<String> answer = page.get(20, TimeUnit.SECONDS);
		assertThat(answer.statusCode()).isEqualTo(200);
	}

	@Test
	void shouldAnswer503WhenTheSecondTryBreaksToo() throws Exception {
		CompletableFuture<HttpResponse<String>> page;
		CompletableFuture<HttpResponse<String>> api;
		try (Connection lock = lockIncidents()) {
			page = getLater("/incidents?group=ttp", "text/html");
			terminateAWaitingRequest(lock);
			terminateAWaitingRequest(lock);
			HttpResponse<String> answer = page.get(20, TimeUnit.SECONDS);
			assertThat(answer.statusCode()).isEqualTo(503);
			assertThat(answer.headers().firstValue("Retry-After")).hasValue(DatabaseUnavailable.RETRY_AFTER);
			assertThat(answer.body()).contains("Temporarily unavailable");
			api = getLater("/api/v1/incidents?group=ttp", "application/json");
			terminateAWaitingRequest(lock);
			terminateAWaitingRequest(lock);
			HttpResponse<String> problem = api.get(20, TimeUnit.SECONDS);
			assertThat(problem.statusCode()).isEqualTo(503);
			assertThat(problem.headers().firstValue("Retry-After")).hasValue(DatabaseUnavailable.RETRY_AFTER);
			assertThat(problem.body()).contains("\"status\":503", "cannot be reached");
		}
		assertThat(get("/incidents?group=ttp", "text/html").statusCode()).isEqualTo(200);
	}

	private Connection lockIncidents() throws Exception {
		Connection connection = this.dataSource.getConnection();
		connection.setAutoCommit(false);
		try (PreparedStatement lock = connection.prepareStatement("lock table incident in access exclusive mode")) {
			lock.execute();
		}
		return connection;
	}

	/** Ends the connection of a request waiting for the lock, once one waits. */
	private void terminateAWaitingRequest(Connection lock) throws Exception {
		int pid = waitingRequest(lock);
		try (PreparedStatement terminate = lock.prepareStatement("select pg_terminate_backend(?)")) {
			terminate.setInt(1, pid);
			terminate.execute();
		}
		// gone, so that it is not taken for the next one
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (System.nanoTime() < deadline) {
			clearSnapshot(lock);
			try (PreparedStatement alive = lock.prepareStatement("select 1 from pg_stat_activity where pid = ?")) {
				alive.setInt(1, pid);
				try (ResultSet rs = alive.executeQuery()) {
					if (!rs.next()) {
						return;
					}
				}
			}
			Thread.sleep(10);
		}
		throw new AssertionError("the terminated connection stays");
	}

	private int waitingRequest(Connection lock) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (System.nanoTime() < deadline) {
			clearSnapshot(lock);
			try (PreparedStatement waiting = lock.prepareStatement("""
					select pid from pg_stat_activity
					 where wait_event_type = 'Lock' and pid <> pg_backend_pid() and datname = current_database()
					 limit 1""")) {
				try (ResultSet rs = waiting.executeQuery()) {
					if (rs.next()) {
						return rs.getInt(1);
					}
				}
			}
			Thread.sleep(20);
		}
		throw new AssertionError("no request waits for the lock");
	}

	/** The activity a transaction reads is a snapshot taken at its first read. */
	private static void clearSnapshot(Connection connection) throws SQLException {
		try (PreparedStatement clear = connection.prepareStatement("select pg_stat_clear_snapshot()")) {
			clear.execute();
		}
	}

	private CompletableFuture<HttpResponse<String>> getLater(String path, String accept) {
		return HttpClient.newHttpClient().sendAsync(request(path, accept), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return HttpClient.newHttpClient().send(request(path, accept), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest request(String path, String accept) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(20))
			.build();
	}

}
