package org.militancymonitor.system;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads from a PostgreSQL streaming replica, when
 * {@code militancy.datasource.replica.url} names one: a read-only transaction
 * ({@code @Transactional(readOnly = true)}) takes its connection from the replica, every
 * other statement from the primary ({@code spring.datasource.*}), and so do Flyway and
 * the LISTEN of {@link DataChanges}, since NOTIFY does not reach a standby.
 * <p>
 * A client that has just written reads its own writes: a request that may write (any
 * method but GET, HEAD and OPTIONS) sets a cookie, and for
 * {@code militancy.datasource.replica.read-your-writes} after it that client's reads go
 * to the primary too, whatever the replica's lag. While the replica cannot be reached,
 * reads go to the primary, and the replica is tried again a few seconds later. Its lag is
 * in health ({@code replica}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "militancy.datasource.replica.url")
class ReadReplica {

	static final String PRIMARY_COOKIE = "MM_PRIMARY_UNTIL";

	/** The primary's pool, as Boot would have made it. */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource primaryDataSource(DataSourceProperties properties) {
		return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
	}

	@Bean
	Replica replica(@Value("${militancy.datasource.replica.url}") String url,
			@Value("${militancy.datasource.replica.username:${spring.datasource.username:}}") String username,
			@Value("${militancy.datasource.replica.password:${spring.datasource.password:}}") String password,
			@Value("${militancy.datasource.replica.maximum-pool-size:10}") int poolSize,
			HikariDataSource primaryDataSource) {
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName("militancy-replica");
		pool.setJdbcUrl(url);
		pool.setUsername(username);
		pool.setPassword(password);
		pool.setMaximumPoolSize(poolSize);
		// an unreachable replica costs a read one second, not the primary's five, before
		// it falls back
		pool.setConnectionTimeout(1000);
		pool.setInitializationFailTimeout(-1);
		pool.setReadOnly(true);
		pool.setDataSourceProperties(primaryDataSource.getDataSourceProperties());
		pool.addDataSourceProperty("ApplicationName", "militancy-monitor-replica");
		return new Replica(pool, primaryDataSource);
	}

	/** What every repository, JdbcClient and transaction manager uses. */
	@Bean
	@Primary
	DataSource dataSource(HikariDataSource primaryDataSource, Replica replica) {
		LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primaryDataSource);
		routing.setReadOnlyDataSource(replica.dataSource());
		return routing;
	}

	@Bean
	OncePerRequestFilter readYourWrites(
			@Value("${militancy.datasource.replica.read-your-writes:10s}") Duration readYourWrites) {
		return new ReadYourWrites(readYourWrites);
	}

	@Bean
	HealthIndicator replicaHealthIndicator(Replica replica) {
		return replica::health;
	}

	/**
	 * The replica's connections for read-only transactions, or the primary's for a client
	 * that has just written and while the replica is unreachable. It is no DataSource
	 * bean itself, so that the database's health does not go down with the replica.
	 */
	static class Replica implements DisposableBean {

		private static final Log logger = LogFactory.getLog(Replica.class);

		private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

		private static final ThreadLocal<Boolean> primaryForThisClient = new ThreadLocal<>();

		private final HikariDataSource pool;

		private final DataSource primary;

		private final AtomicLong unreachableUntil = new AtomicLong(System.nanoTime());

		Replica(HikariDataSource pool, DataSource primary) {
			this.pool = pool;
			this.primary = primary;
		}

		DataSource dataSource() {
			return new AbstractDataSource() {

				@Override
				public Connection getConnection() throws SQLException {
					return connection();
				}

				@Override
				public Connection getConnection(String username, String password) throws SQLException {
					return connection();
				}

			};
		}

		private Connection connection() throws SQLException {
			if (Boolean.TRUE.equals(primaryForThisClient.get())
					|| System.nanoTime() - this.unreachableUntil.get() < 0) {
				return this.primary.getConnection();
			}
			try {
				return this.pool.getConnection();
			}
			catch (SQLException ex) {
				this.unreachableUntil.set(System.nanoTime() + RETRY_AFTER.toNanos());
				logger.warn("The read replica cannot be reached (" + ex.getMessage() + "); reading from the primary");
				return this.primary.getConnection();
			}
		}

		Health health() {
			try {
				Double lag = lagSeconds();
				if (lag == null) {
					return Health.up().withDetail("reads", "replica").withDetail("standby", false).build();
				}
				return Health.up().withDetail("reads", "replica").withDetail("lagSeconds", lag).build();
			}
			catch (RuntimeException ex) {
				// reads go to the primary meanwhile: the application is not down
				return Health.up().withDetail("reads", "primary").withDetail("replica", "unreachable").build();
			}
		}

		/**
		 * How far the replica's replay is behind, in seconds (none when it is no
		 * standby). It grows while the primary commits nothing: the time since the last
		 * replayed transaction.
		 */
		Double lagSeconds() {
			return JdbcClient.create(this.pool)
				.sql("select coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0)::float8 "
						+ "where pg_is_in_recovery()")
				.query(Double.class)
				.optional()
				.orElse(null);
		}

		/** Whether reads go to the primary now, the replica being unreachable. */
		boolean fallenBack() {
			return System.nanoTime() - this.unreachableUntil.get() < 0;
		}

		HikariDataSource pool() {
			return this.pool;
		}

		static void primaryForThisClient(boolean primary) {
			if (primary) {
				primaryForThisClient.set(Boolean.TRUE);
			}
			else {
				primaryForThisClient.remove();
			}
		}

		@Override
		public void destroy() {
			this.pool.close();
		}

	}

	/**
	 * Sends a client's reads to the primary for a while after a request that may write,
	 * through a cookie, so that it sees its write whichever instance answers.
	 */
	static class ReadYourWrites extends OncePerRequestFilter {

		private final Duration window;

		ReadYourWrites(Duration window) {
			this.window = window;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			long now = System.currentTimeMillis();
			boolean writes = !switch (request.getMethod()) {
				case "GET", "HEAD", "OPTIONS" -> true;
				default -> false;
			};
			if (writes) {
				// set before the request runs: a redirect commits the response
				Cookie cookie = new Cookie(PRIMARY_COOKIE, Long.toString(now + this.window.toMillis()));
				cookie.setPath("/");
				cookie.setHttpOnly(true);
				cookie.setMaxAge((int) Math.max(1, this.window.toSeconds()));
				cookie.setAttribute("SameSite", "Lax");
				response.addCookie(cookie);
			}
			Replica.primaryForThisClient(writes || until(request) > now);
			try {
				chain.doFilter(request, response);
			}
			finally {
				Replica.primaryForThisClient(false);
			}
		}

		private static long until(HttpServletRequest request) {
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie cookie : cookies) {
					if (PRIMARY_COOKIE.equals(cookie.getName())) {
						try {
							return Long.parseLong(cookie.getValue());
						}
						catch (NumberFormatException ex) {
							return 0;
						}
					}
				}
			}
			return 0;
		}

	}

}
