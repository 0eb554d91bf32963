package org.militancymonitor.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * How scripts sign in to the API: HTTP Basic with an account's password (no session made,
 * throttled as the sign-in form is) and API tokens made on the tokens page (shown once,
 * stored hashed, revoked by their owner, dead with a disabled account, good for the API
 * only), each request with the account's roles and no CSRF token; over real HTTP where
 * cookies matter.
 */
@PostgresSpringBootTest
class ApiAuthenticationTests {

	private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\"[^>]*value=\"(mm_[A-Za-z0-9_-]+)\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@LocalServerPort
	int port;

	@Test
	void shouldSignAScriptInWithBasicAndMakeNoSession() throws Exception {
		String username = TestAccounts.ensure(this.jdbc, "api-basic-reader", Role.ANALYST);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/groups"))
				.header(HttpHeaders.AUTHORIZATION, basic(username, TestAccounts.PASSWORD))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues(HttpHeaders.SET_COOKIE)).isEmpty();
		assertThat(this.json.readTree(response.body()).get(0).get("slug").asString()).isNotBlank();
	}

	@Test
	void shouldRefuseAWrongPasswordWith401AndPauseTheAccountAfterFiveAsTheFormDoes() throws Exception {
		String username = TestAccounts.ensure(this.jdbc, "api-basic-paused", Role.ANALYST);
		for (int i = 0; i < 5; i++) {
			MockHttpServletResponse wrong = perform(from("10.7.0." + i,
					get("/api/v1/groups").header(HttpHeaders.AUTHORIZATION, basic(username, "no"))));
			assertThat(wrong.getStatus()).isEqualTo(401);
			assertThat(wrong.getContentType()).startsWith("application/problem+json");
			assertThat(wrong.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
			assertThat(this.json.readTree(wrong.getContentAsString()).get("detail").asString())
				.contains("not accepted");
		}
		MockHttpServletResponse paused = perform(from("10.7.1.1",
				get("/api/v1/groups").header(HttpHeaders.AUTHORIZATION, basic(username, TestAccounts.PASSWORD))));
		assertThat(paused.getStatus()).isEqualTo(429);
		assertThat(paused.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
		assertThat(paused.getContentType()).startsWith("application/problem+json");
	}

	@Test
	void shouldLetAnEditorWriteWithBasicWithoutACsrfTokenAndRefuseAReaderWith403() throws Exception {
		String editor = TestAccounts.ensure(this.jdbc, "api-basic-editor", Role.EDITOR);
		String reader = TestAccounts.ensure(this.jdbc, "api-basic-analyst", Role.ANALYST);
		MockHttpServletResponse written = perform(from("10.7.2.1",
				post("/api/v1/incidents").header(HttpHeaders.AUTHORIZATION, basic(editor, TestAccounts.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}")));
		// past sign-in, CSRF and roles: the empty incident is refused for its values
		assertThat(written.getStatus()).isEqualTo(422);
		MockHttpServletResponse refused = perform(from("10.7.2.2",
				post("/api/v1/incidents").header(HttpHeaders.AUTHORIZATION, basic(reader, TestAccounts.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}")));
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(refused.getContentType()).startsWith("application/problem+json");
	}

	@Test
	void shouldNotCountBasicCredentialsOnThePages() throws Exception {
		String username = TestAccounts.ensure(this.jdbc, "api-basic-pages", Role.ANALYST);
		MockHttpServletResponse page = perform(
				get("/incidents").header(HttpHeaders.AUTHORIZATION, basic(username, TestAccounts.PASSWORD)));
		assertThat(page.getStatus()).isEqualTo(302);
		assertThat(page.getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void shouldShowANewTokenOnceAndSignInWithItUntilItIsRevoked() throws Exception {
		String username = TestAccounts.ensure(this.jdbc, "api-token-owner", Role.EDITOR);
		HttpClient browser = TestAccounts.signIn(base(), username, TestAccounts.PASSWORD);
		String token = makeToken(browser, "nightly export");
		assertThat(token).startsWith("mm_").hasSizeGreaterThan(40);
		String page = browser
			.send(HttpRequest.newBuilder(URI.create(base() + "/account/tokens")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(page).contains("nightly export").doesNotContain(token);
		assertThat(this.jdbc.sql("select count(*) from api_token where prefix = :prefix")
			.param("prefix", token.substring(0, 9))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from api_token where encode(token_hash, 'escape') like :token")
			.param("token", "%" + token + "%")
			.query(Long.class)
			.single()).isZero();

		HttpResponse<String> read = bearer(token, "/api/v1/incidents?size=1");
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().allValues(HttpHeaders.SET_COOKIE)).isEmpty();
		assertThat(this.jdbc.sql("select last_used_on is not null from api_token where prefix = :prefix")
			.param("prefix", token.substring(0, 9))
			.query(Boolean.class)
			.single()).isTrue();
		// an editor's token reads drafts, as the editor does
		assertThat(bearer(token, "/api/v1/incidents?status=DRAFT").statusCode()).isEqualTo(200);
		// the token is the API's: the pages do not take it
		HttpResponse<String> tokensPage = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + "/account/tokens"))
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(tokensPage.statusCode()).isEqualTo(302);

		long id = this.jdbc.sql("select id from api_token where prefix = :prefix")
			.param("prefix", token.substring(0, 9))
			.query(Long.class)
			.single();
		String revoked = postForm(browser, "/account/tokens/" + id + "/revoke", "");
		assertThat(revoked).isEqualTo("/account/tokens");
		HttpResponse<String> after = bearer(token, "/api/v1/groups");
		assertThat(after.statusCode()).isEqualTo(401);
		assertThat(after.headers().firstValue(HttpHeaders.CONTENT_TYPE))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(after.headers().firstValue(HttpHeaders.WWW_AUTHENTICATE))
			.hasValueSatisfying((challenge) -> assertThat(challenge).contains("invalid_token"));
	}

	@Test
	void shouldSignInNobodyWithAnUnknownTokenOrOneOfADisabledAccount() throws Exception {
		assertThat(bearer("mm_not-a-token-anyone-was-given", "/api/v1/groups").statusCode()).isEqualTo(401);
		assertThat(bearer("not even the shape", "/api/v1/groups").statusCode()).isEqualTo(401);
		String username = TestAccounts.ensure(this.jdbc, "api-token-disabled", Role.ANALYST);
		String token = makeToken(TestAccounts.signIn(base(), username, TestAccounts.PASSWORD), "laptop");
		assertThat(bearer(token, "/api/v1/groups").statusCode()).isEqualTo(200);
		this.jdbc.sql("update app_user set enabled = false where username = :username")
			.param("username", username)
			.update();
		assertThat(bearer(token, "/api/v1/groups").statusCode()).isEqualTo(401);
	}

	@Test
	void shouldLetNobodyRevokeAnotherAccountsToken() throws Exception {
		String owner = TestAccounts.ensure(this.jdbc, "api-token-kept", Role.ANALYST);
		String token = makeToken(TestAccounts.signIn(base(), owner, TestAccounts.PASSWORD), "kept");
		long id = this.jdbc.sql("select id from api_token where prefix = :prefix")
			.param("prefix", token.substring(0, 9))
			.query(Long.class)
			.single();
		String other = TestAccounts.ensure(this.jdbc, "api-token-other", Role.ADMIN);
		HttpClient otherBrowser = TestAccounts.signIn(base(), other, TestAccounts.PASSWORD);
		postForm(otherBrowser, "/account/tokens/" + id + "/revoke", "");
		assertThat(otherBrowser
			.send(HttpRequest.newBuilder(URI.create(base() + "/account/tokens")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body()).contains("You have no such token to revoke.");
		assertThat(bearer(token, "/api/v1/groups").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldAnswerAnAnonymousApiRequestWith401AndAPageRequestWithTheSignInPage() throws Exception {
		MockHttpServletResponse api = perform(get("/api/v1/groups"));
		assertThat(api.getStatus()).isEqualTo(401);
		assertThat(api.getContentType()).startsWith("application/problem+json");
		assertThat(api.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer realm=\"Militancy Monitor\"");
		assertThat(perform(get("/account/tokens")).getRedirectedUrl()).endsWith("/login");
	}

	@AfterEach
	void removeTokens() {
		this.jdbc.sql("delete from api_token where user_id in (select id from app_user where username like 'api-%')")
			.update();
		this.jdbc.sql("delete from form_submission where username like 'api-%'").update();
	}

	/** Makes a token on the tokens page and reads it from the page it is shown on. */
	private String makeToken(HttpClient browser, String name) throws Exception {
		String location = postForm(browser, "/account/tokens",
				"name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8) + "&formToken="
						+ java.util.UUID.randomUUID());
		assertThat(location).isEqualTo("/account/tokens");
		String shown = browser
			.send(HttpRequest.newBuilder(URI.create(base() + location)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = NEW_TOKEN.matcher(shown);
		assertThat(token.find()).as("the new token on the page").isTrue();
		String again = browser
			.send(HttpRequest.newBuilder(URI.create(base() + location)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(again).doesNotContain(token.group(1));
		return token.group(1);
	}

	/** Posts a form of the tokens page with its CSRF token; where it redirects. */
	private String postForm(HttpClient browser, String path, String body) throws Exception {
		String page = browser
			.send(HttpRequest.newBuilder(URI.create(base() + "/account/tokens")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).isTrue();
		String form = (body.isEmpty() ? "" : body + "&") + "_csrf="
				+ java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_FORM_URLENCODED_VALUE)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return URI.create(response.headers().firstValue(HttpHeaders.LOCATION).orElseThrow()).getPath();
	}

	private HttpResponse<String> bearer(String token, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + path))
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		return result.getResponse();
	}

	private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
		return request.with((r) -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
