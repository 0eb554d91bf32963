package org.militancymonitor.system;

import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Gives every pooled connection PostgreSQL's statement timeout
 * ({@code militancy.db.statement-timeout}): a statement that waits longer, on a lock say,
 * fails, and its request answers 503 ({@link DatabaseUnavailable}) instead of holding its
 * connection while the requests behind it pile up. Set on the pool whichever way it was
 * made (Boot's properties or a bean of its own), before its first connection; a pool that
 * has an init SQL of its own keeps it. Work that legitimately runs longer lifts it for
 * its transaction ({@code set local statement_timeout = 0}).
 * <p>
 * Flyway lifts it for its whole session ({@code spring.flyway.init-sqls}) on a connection
 * of the same pool, which would go back to the pool without a timeout: after the
 * migrations, the pool's connections are made anew.
 */
@Configuration(proxyBeanMethods = false)
class StatementTimeout {

	@Bean
	static BeanPostProcessor statementTimeoutPostProcessor(Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool && pool.getConnectionInitSql() == null) {
					Duration timeout = environment.getProperty("militancy.db.statement-timeout", Duration.class,
							Duration.ofSeconds(15));
					pool.setConnectionInitSql("set statement_timeout = " + timeout.toMillis());
				}
				return bean;
			}
		};
	}

	@Bean
	FlywayMigrationStrategy migrateThenRenewConnections() {
		return (flyway) -> {
			flyway.migrate();
			renewConnections(flyway.getConfiguration().getDataSource());
		};
	}

	private static void renewConnections(DataSource dataSource) {
		try {
			if (dataSource != null && dataSource.isWrapperFor(HikariDataSource.class)) {
				HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
				if (pool != null) {
					// idle ones at once, the others when they are given back
					pool.softEvictConnections();
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The connection pool after the migrations", ex);
		}
	}

}
