package org.militancymonitor.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in and out through the real filter chain over accounts in PostgreSQL: a new
 * session id at sign-in, the session ended at sign-out, the same answer for a wrong
 * password as for an unknown user, pauses after repeated failures, and the headers every
 * response carries.
 */
@PostgresSpringBootTest
class LoginControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void createAccounts() {
		TestAccounts.ensure(this.jdbc, "login-analyst", Role.ANALYST);
		TestAccounts.ensure(this.jdbc, "login-manager", Role.MANAGER);
	}

	@Test
	void shouldShowTheSignInPageWithLabelledFields() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<label class=\"form-label\" for=\"username\">Username"),
					containsString("for=\"password\">Password"), containsString("name=\"_csrf\""))));
	}

	@Test
	void shouldSignInWhateverTheCaseOfTheUsernameWithANewSessionId() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = this.mvc.perform(signIn("Login-Analyst", TestAccounts.PASSWORD, "127.0.0.1", session))
			.andExpect(authenticated().withUsername("login-analyst").withRoles("ANALYST"))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
	}

	@Test
	void shouldLandManagersOnTheirPage() throws Exception {
		this.mvc.perform(signIn("login-manager", TestAccounts.PASSWORD, "127.0.0.1", new MockHttpSession()))
			.andExpect(authenticated().withRoles("MANAGER", "ANALYST"))
			.andExpect(redirectedUrl(SecurityConfiguration.LANDING.get(Role.MANAGER)));
	}

	@Test
	void shouldAnswerAWrongPasswordAsAnUnknownUser() throws Exception {
		this.mvc.perform(signIn("login-analyst", "wrong", "10.1.0.1", new MockHttpSession()))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(signIn("nobody-at-all", "wrong", "10.1.0.1", new MockHttpSession()))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(allOf(containsString("Wrong username or password."),
					containsString("role=\"alert\""), containsString("aria-invalid=\"true\""))));
	}

	@Test
	void shouldPauseAnAccountAfterFiveFailuresEvenWithTheRightPassword() throws Exception {
		String username = TestAccounts.ensure(this.jdbc, "login-paused", Role.ANALYST);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(signIn(username, "wrong-" + i, "10.2.0." + i, new MockHttpSession()))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(signIn(username, TestAccounts.PASSWORD, "10.2.1.1", new MockHttpSession()))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?throttled"));
		this.mvc.perform(get("/login").param("throttled", ""))
			.andExpect(content().string(containsString("Too many failed sign-ins")));
	}

	@Test
	void shouldPauseAnAddressAfterManyFailuresWhateverTheAccount() throws Exception {
		String username = TestAccounts.ensure(this.jdbc, "login-behind-nat", Role.ANALYST);
		for (int i = 0; i < 20; i++) {
			this.mvc.perform(signIn("guess-" + i, "wrong", "10.3.0.1", new MockHttpSession()));
		}
		this.mvc.perform(signIn(username, TestAccounts.PASSWORD, "10.3.0.1", new MockHttpSession()))
			.andExpect(redirectedUrl("/login?throttled"));
		this.mvc.perform(signIn(username, TestAccounts.PASSWORD, "10.3.0.2", new MockHttpSession()))
			.andExpect(authenticated());
	}

	@Test
	void shouldSignOutWithAPostThatEndsTheSession() throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(signIn("login-analyst", TestAccounts.PASSWORD, "127.0.0.1", new MockHttpSession()))
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
		assertThat(session.isInvalid()).isFalse();
		this.mvc.perform(post("/logout").with(csrf()).session(session))
			.andExpect(redirectedUrl("/login?logout"))
			.andExpect(unauthenticated());
		assertThat(session.isInvalid()).isTrue();
		this.mvc.perform(get("/login").param("logout", ""))
			.andExpect(content().string(containsString("You have signed out.")));
	}

	@Test
	void shouldSendAnonymousPagesToSignInAndAnswerTheApiWithAProblem() throws Exception {
		this.mvc.perform(get("/incidents")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/api/graph"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(content().string(allOf(containsString("\"status\":401"), not(containsString("Exception")))));
	}

	@Test
	void shouldBringAVisitorBackToThePageAskedForWithoutASessionBeforeSigningIn() throws Exception {
		MvcResult asked = this.mvc.perform(get("/incidents?country=pakistan"))
			.andExpect(redirectedUrl("/login"))
			.andReturn();
		assertThat(asked.getRequest().getSession(false)).as("a session for an anonymous request").isNull();
		Cookie saved = asked.getResponse().getCookie("REDIRECT_URI");
		assertThat(saved).isNotNull();
		assertThat(saved.isHttpOnly()).isTrue();
		String back = this.mvc
			.perform(signIn("login-analyst", TestAccounts.PASSWORD, "127.0.0.1", new MockHttpSession()).cookie(saved))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(back).startsWith("http://localhost/incidents?country=pakistan");
	}

	@Test
	void shouldNotSendASignedInUserToAnotherSite() throws Exception {
		Cookie forged = new Cookie("REDIRECT_URI",
				Base64.getEncoder().encodeToString("https://evil.example/phish".getBytes(StandardCharsets.UTF_8)));
		this.mvc
			.perform(signIn("login-analyst", TestAccounts.PASSWORD, "127.0.0.1", new MockHttpSession()).cookie(forged))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void shouldSendTheSecurityHeadersOnEveryResponse() throws Exception {
		for (String path : new String[] { "/login", "/css/militancy.css", "/incidents", "/api/ping" }) {
			this.mvc.perform(get(path))
				.andExpect(header().string("Content-Security-Policy",
						"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
								+ "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
								+ "frame-ancestors 'none'"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("X-Frame-Options", "DENY"));
		}
	}

	/** A POST of the sign-in form, with its CSRF token, from an address. */
	private static MockHttpServletRequestBuilder signIn(String username, String password, String address,
			MockHttpSession session) {
		return post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address))
			.session(session);
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
