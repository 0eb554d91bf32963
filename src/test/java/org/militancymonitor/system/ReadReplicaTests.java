package org.militancymonitor.system;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routing of {@link ReadReplica} on real PostgreSQL, the "replica" being the test
 * database under another application name: read-only transactions go to the replica,
 * writes and the writing client's next reads to the primary, and reads fall back to the
 * primary when the replica cannot be reached.
 */
@PostgresDataJpaTest
class ReadReplicaTests {

	@Autowired
	DataSource testDatabase;

	HikariDataSource primaryPool;

	ReadReplica.Replica replica;

	JdbcClient jdbc;

	TransactionTemplate reads;

	TransactionTemplate writes;

	@BeforeEach
	void route() throws SQLException {
		HikariDataSource test = this.testDatabase.unwrap(HikariDataSource.class);
		DataSourceProperties properties = new DataSourceProperties();
		properties.setUrl(test.getJdbcUrl());
		properties.setUsername(test.getUsername());
		properties.setPassword(test.getPassword());
		ReadReplica configuration = new ReadReplica();
		this.primaryPool = configuration.primaryDataSource(properties);
		this.primaryPool.addDataSourceProperty("ApplicationName", "militancy-monitor");
		this.replica = configuration.replica(test.getJdbcUrl(), test.getUsername(), test.getPassword(), 2,
				this.primaryPool);
		use(configuration.dataSource(this.primaryPool, this.replica));
	}

	private void use(DataSource routing) {
		this.jdbc = JdbcClient.create(routing);
		DataSourceTransactionManager transactions = new DataSourceTransactionManager(routing);
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.writes = new TransactionTemplate(transactions);
	}

	@AfterEach
	void close() {
		this.replica.destroy();
		this.primaryPool.close();
	}

	@Test
	void shouldSendReadOnlyTransactionsToTheReplicaAndTheRestToThePrimary() {
		assertThat(readOnly()).isEqualTo("militancy-monitor-replica");
		assertThat(writing()).isEqualTo("militancy-monitor");
		assertThat(applicationName()).as("outside a transaction").isEqualTo("militancy-monitor");
	}

	@Test
	void shouldReadTheWritingClientsNextReadsFromThePrimary() throws Exception {
		ReadReplica.ReadYourWrites filter = new ReadReplica.ReadYourWrites(Duration.ofSeconds(10));
		AtomicReference<String> readBy = new AtomicReference<>();
		MockHttpServletResponse posted = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("POST", "/incidents/new"), posted,
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
				}));
		Cookie pinned = posted.getCookie(ReadReplica.PRIMARY_COOKIE);
		assertThat(pinned).as("the cookie of a write").isNotNull();

		MockHttpServletRequest next = new MockHttpServletRequest("GET", "/incidents");
		next.setCookies(pinned);
		filter.doFilter(next, new MockHttpServletResponse(), (request, response) -> readBy.set(readOnly()));
		assertThat(readBy).as("the writer's next read").hasValue("militancy-monitor");

		filter.doFilter(new MockHttpServletRequest("GET", "/incidents"), new MockHttpServletResponse(),
				(request, response) -> readBy.set(readOnly()));
		assertThat(readBy).as("another client's read").hasValue("militancy-monitor-replica");

		MockHttpServletRequest expired = new MockHttpServletRequest("GET", "/incidents");
		expired.setCookies(new Cookie(ReadReplica.PRIMARY_COOKIE, Long.toString(System.currentTimeMillis() - 1)));
		filter.doFilter(expired, new MockHttpServletResponse(), (request, response) -> readBy.set(readOnly()));
		assertThat(readBy).as("a read after the window").hasValue("militancy-monitor-replica");
	}

	@Test
	void shouldReadFromThePrimaryWhileTheReplicaIsUnreachable() {
		this.replica.destroy();
		ReadReplica configuration = new ReadReplica();
		ReadReplica.Replica unreachable = configuration.replica("jdbc:postgresql://127.0.0.1:1/none", "nobody", "", 1,
				this.primaryPool);
		try {
			use(configuration.dataSource(this.primaryPool, unreachable));
			assertThat(readOnly()).isEqualTo("militancy-monitor");
			Health health = unreachable.health();
			assertThat(health.getDetails()).containsEntry("reads", "primary");
		}
		finally {
			unreachable.destroy();
		}
	}

	@Test
	void shouldReportTheReplicasState() {
		Health health = this.replica.health();
		assertThat(health.getDetails()).containsEntry("reads", "replica").containsEntry("standby", false);
	}

	private String readOnly() {
		return this.reads.execute((status) -> applicationName());
	}

	private String writing() {
		return this.writes.execute((status) -> applicationName());
	}

	private String applicationName() {
		return this.jdbc.sql("select current_setting('application_name')").query(String.class).single();
	}

}
