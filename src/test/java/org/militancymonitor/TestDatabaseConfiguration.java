package org.militancymonitor;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.Conditional;

/**
 * The one test configuration that gives every test its PostgreSQL (see
 * {@link TestDatabase} for the order in which it is chosen). Import it, or use
 * {@link PostgresDataJpaTest} / {@link PostgresSpringBootTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	@ServiceConnection
	@Conditional(UseTestcontainers.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer(DockerImageName.parse("postgres:17-alpine"));
	}

	@Bean
	@Conditional(UseEmbedded.class)
	HikariDataSource dataSource() {
		EmbeddedPostgres server = TestDatabase.embeddedServer();
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(5);
		return dataSource;
	}

	/**
	 * Wraps the data source so that tests can count the SQL statements a page runs
	 * ({@link net.ttddyy.dsproxy.QueryCountHolder}).
	 */
	@Bean
	static BeanPostProcessor countingDataSourcePostProcessor() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource).name(beanName).countQuery().build();
				}
				return bean;
			}
		};
	}

	static class UseTestcontainers implements Condition {

		@Override
		public boolean matches(org.springframework.context.annotation.ConditionContext context,
				org.springframework.core.type.AnnotatedTypeMetadata metadata) {
			return TestDatabase.chosen() == TestDatabase.TESTCONTAINERS;
		}

	}

	static class UseEmbedded implements Condition {

		@Override
		public boolean matches(org.springframework.context.annotation.ConditionContext context,
				org.springframework.core.type.AnnotatedTypeMetadata metadata) {
			return TestDatabase.chosen() == TestDatabase.EMBEDDED;
		}

	}

}
