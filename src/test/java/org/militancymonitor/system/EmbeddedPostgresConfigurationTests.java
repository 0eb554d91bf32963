package org.militancymonitor.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.militancymonitor.Await;
import org.militancymonitor.MilitancyMonitorApplication;
import org.militancymonitor.account.TestAccounts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code ./mvnw spring-boot:run} does on a fresh machine: with the dev profile and
 * no datasource URL, the dashboard starts on an embedded PostgreSQL, loads the seed and
 * serves it, and what is written survives a restart.
 */
class EmbeddedPostgresConfigurationTests {

	@TempDir
	Path dataDirectory;

	@Test
	void shouldRunOnEmbeddedPostgresWhenNoDatasourceIsConfiguredAndKeepDataAcrossRestarts() throws Exception {
		try (ConfigurableApplicationContext first = startDevApplication()) {
			assertThat(first.getBeansOfType(EmbeddedPostgres.class)).hasSize(1);
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from militant_group", Integer.class)).isPositive();
			jdbc.update("insert into person (slug, name, role) values ('restart-check', 'Restart Check', 'test')");

			HttpResponse<String> home = get(first, "/");
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).contains("Tehreek-e-Taliban Pakistan");
			assertThat(get(first, "/actuator/health").body()).contains("\"UP\"");
		}
		// the embedded server waits 5 s for PostgreSQL to stop, which a loaded machine
		// can exceed: the second would then find the first still holding the data
		Path postmasterPid = this.dataDirectory.resolve("pg").resolve("postmaster.pid");
		Await.until("the first PostgreSQL to stop", () -> !Files.exists(postmasterPid));
		try (ConfigurableApplicationContext second = startDevApplication()) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from person where slug = 'restart-check'", Integer.class))
				.isEqualTo(1);
		}
	}

	private ConfigurableApplicationContext startDevApplication() {
		return new SpringApplicationBuilder(MilitancyMonitorApplication.class).profiles("dev")
			.run("--spring.datasource.url=", "--server.port=0",
					"--militancy.embedded-postgres.data-directory=" + this.dataDirectory.resolve("pg"));
	}

	private HttpResponse<String> get(ConfigurableApplicationContext context, String path) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		// the dev profile's demo analyst (FirstAccounts.DemoAccounts)
		HttpClient http = path.startsWith("/actuator/") ? HttpClient.newHttpClient()
				: TestAccounts.signIn("http://localhost:" + port, "analyst", "analyst-demo");
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
