package org.militancymonitor.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-in that cannot read its account, because the database does not answer in time (a
 * lock held on the account table, past a 3 s statement timeout), is answered 503 with
 * Retry-After, as any request the database fails: not 401 or "wrong password". The same
 * settings as {@code system.DatabaseUnavailableTests}, so that both share one
 * application.
 */
@PostgresSpringBootTest
@TestPropertySource(properties = { "militancy.db.statement-timeout=3s", "militancy.security.public-read=true" })
class SignInDatabaseFailureTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldAnswerABasicSignInThatCannotReadTheAccount503() throws Exception {
		String username = TestAccounts.ensure(this.jdbc, "db-failure-script", Role.ANALYST);
		HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/v1/groups"))
			.header(HttpHeaders.AUTHORIZATION,
					"Basic " + Base64.getEncoder()
						.encodeToString((username + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.timeout(Duration.ofSeconds(20))
			.build();
		try (Connection lock = lockAccounts()) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.headers().firstValue(HttpHeaders.RETRY_AFTER)).hasValue("5");
			assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		}
		assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void shouldAnswerAFormSignInThatCannotReadTheAccount503() throws Exception {
		String username = TestAccounts.ensure(this.jdbc, "db-failure-person", Role.ANALYST);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(form.body());
		assertThat(token.find()).isTrue();
		HttpRequest signIn = HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
			.header(HttpHeaders.ACCEPT, "text/html")
			.timeout(Duration.ofSeconds(20))
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
					+ URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build();
		try (Connection lock = lockAccounts()) {
			HttpResponse<String> response = browser.send(signIn, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.headers().firstValue(HttpHeaders.RETRY_AFTER)).hasValue("5");
			assertThat(response.body()).contains("Temporarily unavailable").doesNotContain("Exception");
		}
		HttpResponse<String> after = browser.send(signIn, HttpResponse.BodyHandlers.ofString());
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue(HttpHeaders.LOCATION))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("/login"));
	}

	private Connection lockAccounts() throws Exception {
		Connection connection = this.dataSource.getConnection();
		connection.setAutoCommit(false);
		try (PreparedStatement lock = connection.prepareStatement("lock table app_user in access exclusive mode")) {
			lock.execute();
		}
		return connection;
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
