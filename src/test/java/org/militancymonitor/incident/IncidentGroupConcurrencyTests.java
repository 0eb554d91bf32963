package org.militancymonitor.incident;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two writers of one incident's groups at once, in READ COMMITTED: the one that removes
 * the last committed actor row of a pair must see the row the other adds (V29), or the
 * pair would vanish from incident_group while an actor row still holds it.
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
		try (Connection adding = this.dataSource.getConnection();
				Connection removing = this.dataSource.getConnection()) {
			adding.setAutoCommit(false);
			removing.setAutoCommit(false);
			execute(adding, "insert into incident_actor (incident_id, group_id, role) values (?, ?, 'CLAIMED_BY')");
			CompletableFuture<Void> removal = CompletableFuture.runAsync(() -> {
				try {
					execute(removing, "delete from incident_actor where incident_id = ? and role = 'PERPETRATOR'"
							+ " and group_id = ?");
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			awaitDoneOrWaitingForALock(removal);
			adding.commit();
			removal.get(10, TimeUnit.SECONDS);
			removing.commit();
		}
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

	private void awaitDoneOrWaitingForALock(CompletableFuture<Void> removal) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!removal.isDone() && System.nanoTime() < deadline && this.jdbc.sql("""
				select count(*) from pg_stat_activity
				 where datname = current_database() and wait_event_type = 'Lock'""").query(Long.class).single() == 0) {
			Thread.sleep(20);
		}
	}

}
