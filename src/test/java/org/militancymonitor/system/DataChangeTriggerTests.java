package org.militancymonitor.system;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table tells the application of its changes (V26), so that nothing kept in memory
 * outlives the data it came from; but the sessions' tables (V60), which hold no data.
 */
@PostgresDataJpaTest
class DataChangeTriggerTests {

	@Autowired
	DataSource dataSource;

	@Test
	void shouldNotifyChangesOfEveryTable() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForList("""
				select c.relname
				  from pg_class c
				  join pg_namespace n on n.oid = c.relnamespace
				 where n.nspname = current_schema() and c.relkind in ('r', 'p')
				   and c.relname not in ('flyway_schema_history', 'spring_session', 'spring_session_attributes')
				   and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'mm_data_changed')
				""", String.class)).as("tables without the trigger of V26 (call mm_track_changes)").isEmpty();
	}

}
