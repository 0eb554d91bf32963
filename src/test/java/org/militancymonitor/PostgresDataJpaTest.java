package org.militancymonitor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * A {@code @DataJpaTest} on real PostgreSQL with the Flyway schema and seed, never an
 * in-memory replacement; with {@code JdbcClient} for the features that query in SQL, and
 * the reference-data caches that repositories read names from (kept until
 * {@code DataChanges} hears of a change), and the messages and date formatter that name
 * what a row shows.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DataJpaTest(includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
		"org\\.militancymonitor\\.incident\\.IncidentNames", "org\\.militancymonitor\\.incident\\.IncidentQueries",
		"org\\.militancymonitor\\.common\\.PartialDateFormatter", "org\\.militancymonitor\\.region\\.RegionDirectory",
		"org\\.militancymonitor\\.system\\.DataChanges", "org\\.militancymonitor\\.system\\.DataCaches" }))
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration({ JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
		MessageSourceAutoConfiguration.class })
@Import(TestDatabaseConfiguration.class)
public @interface PostgresDataJpaTest {

}
