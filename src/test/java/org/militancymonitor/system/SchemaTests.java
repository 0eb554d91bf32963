package org.militancymonitor.system;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flyway migrations apply to real PostgreSQL and Hibernate validates its mapping
 * against the result (the context would not start otherwise).
 */
@PostgresDataJpaTest
class SchemaTests {

	@Autowired
	Flyway flyway;

	@Autowired
	DataSource dataSource;

	@Test
	void shouldApplyEveryMigrationToPostgres() {
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(this.flyway.info().applied()).isNotEmpty()
			.allSatisfy((m) -> assertThat(m.getState().isFailed()).isFalse());
		String product = new JdbcTemplate(this.dataSource).queryForObject("select version()", String.class);
		assertThat(product).startsWith("PostgreSQL");
	}

	@Test
	void shouldMigrateAnEmptyDatabaseFromScratch() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.execute("drop schema if exists migration_check cascade");
		try {
			Flyway fresh = Flyway.configure()
				.dataSource(this.dataSource)
				.schemas("migration_check")
				.locations("classpath:db/migration")
				.load();
			int applied = fresh.migrate().migrationsExecuted;
			assertThat(applied).isEqualTo(this.flyway.info().applied().length);
			assertThat(jdbc.queryForObject("select to_regclass('migration_check.incident') is not null", Boolean.class))
				.isTrue();
		}
		finally {
			jdbc.execute("drop schema if exists migration_check cascade");
		}
	}

}
