package org.militancymonitor.incident;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.Await;
import org.militancymonitor.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two writers of one incident's groups at once, in READ COMMITTED: the one that removes
 * the last committed actor row of a pair must see the row the other adds (V29), or the
 * pair would vanish from incident_group while an actor row still holds it. The adding
 * writer commits only once the removing one is blocked on a lock (or done), whatever time
 * that takes: the interleaving is the test's, not the scheduler's.
 */
@PostgresDataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class IncidentGroupConcurrencyTests {

	private static final String SUMMARY = "IncidentGroupConcurrencyTests incident";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	long incident;

	long group;

	@BeforeEach
	void createAnIncidentOfTheTtp() {
		this.group = this.jdbc.sql("select id from militant_group where slug = 'ttp'").query(Long.class).single();
		this.incident = this.jdbc.sql("""
				insert into incident (occurred_on, date_precision, location_precision, event_type, sub_event_type,
				                      summary, status)
				values (date '2033-01-01', 'DAY', 'UNKNOWN', 'BATTLES', 'ARMED_CLASH', :summary, 'PUBLISHED')
				returning id""").param("summary", SUMMARY).query(Long.class).single();
		this.jdbc.sql("insert into incident_actor (incident_id, group_id, role) values (:i, :g, 'PERPETRATOR')")
			.param("i", this.incident)
			.param("g", this.group)
			.update();
	}

	@AfterEach
	void removeIt() {
		this.jdbc.sql("delete from incident where summary = :summary").param("summary", SUMMARY).update();
	}

	@Test
	void shouldKeepThePairWhenAnotherWriterAddsAnActorRowBeforeTheLastOneIsRemoved() throws Exception {
		ExecutorService remover = Executors.newSingleThreadExecutor();
		try (Connection adding = this.dataSource.getConnection();
				Connection removing = this.dataSource.getConnection()) {
			int removingPid = backendPid(removing);
			adding.setAutoCommit(false);
			removing.setAutoCommit(false);
			execute(adding, "insert into incident_actor (incident_id, group_id, role) values (?, ?, 'CLAIMED_BY')");
			Future<?> removal = remover.submit(() -> {
				execute(removing,
						"delete from incident_actor where incident_id = ? and role = 'PERPETRATOR' and group_id = ?");
				return null;
			});
			Await.until("the removal to wait for a lock or be done",
					() -> removal.isDone() || waitsForALock(removingPid));
			adding.commit();
			removal.get(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			removing.commit();
		}
		finally {
			remover.shutdownNow();
		}
		assertThat(remover.awaitTermination(Await.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("the removal finished")
			.isTrue();
		assertThat(this.jdbc.sql("select count(*) from incident_group where incident_id = :i and group_id = :g")
			.param("i", this.incident)
			.param("g", this.group)
			.query(Long.class)
			.single()).as("the pair the CLAIMED_BY row holds").isEqualTo(1);
	}

	private void execute(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, this.incident);
			statement.setLong(2, this.group);
			statement.executeUpdate();
		}
	}

	private static int backendPid(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select pg_backend_pid()");
				ResultSet result = statement.executeQuery()) {
			result.next();
			return result.getInt(1);
		}
	}

	/** Whether the backend of that pid waits for a lock now (not any backend's). */
	private boolean waitsForALock(int pid) {
		return this.jdbc.sql("select count(*) from pg_stat_activity where pid = :pid and wait_event_type = 'Lock'")
			.param("pid", pid)
			.query(Long.class)
			.single() > 0;
	}

}
