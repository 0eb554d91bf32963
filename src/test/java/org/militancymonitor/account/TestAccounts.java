package org.militancymonitor.account;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts for the tests that go through the real sign-in page (browser and HTTP tests),
 * in the test database; MockMvc tests sign in with spring-security-test's
 * {@code user(...)} or {@code @WithMockUser} instead.
 */
public final class TestAccounts {

	/** The password of every account made here. */
	public static final String PASSWORD = "test-password-12";

	private static final String HASH = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private TestAccounts() {
	}

	/**
	 * An enabled account of that username with exactly these roles and {@link #PASSWORD},
	 * created or reset.
	 */
	public static String ensure(JdbcClient jdbc, String username, Role... roles) {
		long id = jdbc.sql("""
				insert into app_user (username, display_name, password_hash) values (:username, :name, :hash)
				on conflict (lower(username)) do update set password_hash = excluded.password_hash, enabled = true
				returning id""")
			.param("username", username)
			.param("name", "Test " + username)
			.param("hash", HASH)
			.query(Long.class)
			.single();
		jdbc.sql("delete from app_user_role where user_id = :id").param("id", id).update();
		for (Role role : roles) {
			jdbc.sql("insert into app_user_role (user_id, role) values (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
		return username;
	}

	/** An HTTP client signed in through the real sign-in page, with its own cookies. */
	public static HttpClient signIn(String base, String username, String password)
			throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(form.body());
		assertThat(token.find()).as("a CSRF token on the sign-in page").isTrue();
		String body = String.join("&",
				Arrays.asList("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8),
						"password=" + URLEncoder.encode(password, StandardCharsets.UTF_8),
						"_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)));
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).as("where the sign-in went")
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("/login"));
		return http;
	}

}
