package org.militancymonitor.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.militancymonitor.MilitancyMonitorApplication;
import org.militancymonitor.TestDatabaseConfiguration;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one database with their sessions in PostgreSQL
 * ({@code militancy.sessions.store=jdbc}): a sign-in on one is valid on the other, and
 * signing out on the other ends it on both.
 */
class JdbcSessionsTests {

	// arguments, since application.properties outranks the builder's default properties;
	// lazy beans, since the two contexts are this class's alone and it needs few of them
	private static final String[] ARGUMENTS = { "--server.port=0", "--militancy.sessions.store=jdbc",
			"--militancy.warm-up.duration=0", "--militancy.security.bcrypt-strength=4",
			"--spring.main.lazy-initialization=true" };

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	static JdbcClient jdbc;

	@BeforeAll
	static void start() {
		first = new SpringApplicationBuilder(MilitancyMonitorApplication.class, TestDatabaseConfiguration.class)
			.run(ARGUMENTS);
		// the second instance on the first one's database, whichever the tests chose
		HikariDataSource database = unwrap(first.getBean(DataSource.class));
		List<String> arguments = new ArrayList<>(List.of(ARGUMENTS));
		arguments.add("--spring.datasource.url=" + database.getJdbcUrl());
		arguments.add("--spring.datasource.username=" + database.getUsername());
		arguments
			.add("--spring.datasource.password=" + ((database.getPassword() != null) ? database.getPassword() : ""));
		second = new SpringApplicationBuilder(MilitancyMonitorApplication.class).run(arguments.toArray(String[]::new));
		jdbc = JdbcClient.create(first.getBean(DataSource.class));
	}

	@AfterAll
	static void stop() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void shouldKeepASignInValidOnTheOtherInstance() throws Exception {
		String username = TestAccounts.ensure(jdbc, "session-analyst", Role.ANALYST);
		HttpClient http = TestAccounts.signIn(base(first), username, TestAccounts.PASSWORD);

		assertThat(get(http, base(first) + "/incidents").statusCode()).isEqualTo(200);
		assertThat(get(http, base(second) + "/incidents").statusCode()).as("signed in on the other instance")
			.isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", username)
			.query(Long.class)
			.single()).as("the session in PostgreSQL").isEqualTo(1);
	}

	@Test
	void shouldEndTheSessionOnBothInstancesWhenSignedOutOnOne() throws Exception {
		String username = TestAccounts.ensure(jdbc, "session-editor", Role.EDITOR);
		HttpClient http = TestAccounts.signIn(base(first), username, TestAccounts.PASSWORD);
		HttpResponse<String> page = get(http, base(second) + "/incidents");
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("a CSRF token on the page").isTrue();

		HttpResponse<String> signedOut = http.send(HttpRequest.newBuilder(URI.create(base(second) + "/logout"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedOut.statusCode()).isEqualTo(302);

		assertThat(get(http, base(first) + "/incidents").statusCode()).as("signed out on the first instance too")
			.isEqualTo(302);
	}

	private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String base(ConfigurableApplicationContext context) {
		return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static HikariDataSource unwrap(DataSource dataSource) {
		try {
			return dataSource.unwrap(HikariDataSource.class);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
