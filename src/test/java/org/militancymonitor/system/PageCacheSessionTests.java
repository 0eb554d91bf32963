package org.militancymonitor.system;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With sign-in, the page cache keeps a page for each set of roles and never serves one
 * session's values (its user's name, its CSRF token) to another: a kept page is served
 * with the fragment of the session asking for it.
 */
@PostgresSpringBootTest
class PageCacheSessionTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	DataChanges changes;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void waitUntilChangesAreHeard() {
		DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
	}

	@Test
	void shouldKeepAPageForEachSetOfRoles() throws Exception {
		String page = "/groups/tjp?variant=roles";
		assertThat(serve(page, "analyst-1", "ANALYST", new MockHttpSession()).getHeader(PageCache.HEADER))
			.isEqualTo("miss");
		assertThat(serve(page, "analyst-2", "ANALYST", new MockHttpSession()).getHeader(PageCache.HEADER))
			.isEqualTo("hit");
		MockHttpServletResponse manager = serve(page, "manager-1", "MANAGER", new MockHttpSession());
		assertThat(manager.getHeader(PageCache.HEADER)).isEqualTo("miss");
		for (String editor : new String[] { "editor-1", "editor-2" }) {
			assertThat(serve(page, editor, "EDITOR", new MockHttpSession()).getHeader(PageCache.HEADER))
				.as("an editor's page is neither served from the cache nor kept")
				.isNull();
		}
		MockHttpServletResponse admin = serve(page, "admin-1", "ADMIN", new MockHttpSession());
		assertThat(admin.getHeader(PageCache.HEADER)).isEqualTo("miss");
		assertThat(admin.getContentAsString()).contains("id=\"nav-admin\"");
		MockHttpServletResponse analyst = serve(page, "analyst-3", "ANALYST", new MockHttpSession());
		assertThat(analyst.getHeader(PageCache.HEADER)).isEqualTo("hit");
		assertThat(analyst.getContentAsString()).doesNotContain("id=\"nav-admin\"");
	}

	@Test
	void shouldServeAKeptPageWithTheNameAndCsrfTokenOfTheSessionAskingForIt() throws Exception {
		String page = "/groups/tjp?variant=sessions";
		MockHttpSession alice = new MockHttpSession();
		MockHttpSession bob = new MockHttpSession();
		MockHttpServletResponse first = serve(page, "alice", "ANALYST", alice);
		assertThat(first.getHeader(PageCache.HEADER)).isEqualTo("miss");
		String aliceToken = token(first);
		MockHttpServletResponse kept = serve(page, "bob", "ANALYST", bob);
		assertThat(kept.getHeader(PageCache.HEADER)).isEqualTo("hit");
		String body = kept.getContentAsString();
		assertThat(body).contains(">bob</span>").doesNotContain("alice").doesNotContain(aliceToken);
		assertThat(kept.getContentLength()).isEqualTo(kept.getContentAsByteArray().length);
		String bobToken = token(kept);
		// alice's token does not sign bob out; his own does
		this.mvc.perform(post("/logout").param("_csrf", aliceToken).with(user("bob").roles("ANALYST")).session(bob))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").param("_csrf", bobToken).with(user("bob").roles("ANALYST")).session(bob))
			.andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void shouldKeepNoPageWithACsrfTokenOutsideTheSessionFragment() {
		String fragment = SessionFragment.START + "<input name=\"_csrf\" value=\"t\">" + SessionFragment.END;
		assertThat(PageCache.Page.of(bytes("<p>a</p>" + fragment + "<p>b</p>"), "text/html")).isNotNull()
			.satisfies((page) -> assertThat(new String(page.body(), StandardCharsets.UTF_8))
				.isEqualTo("<p>a</p><p>b</p>"));
		assertThat(PageCache.Page.of(bytes("<form><input name=\"_csrf\" value=\"t\"></form>" + fragment), "text/html"))
			.isNull();
		assertThat(PageCache.Page.of(bytes("<form><input name=\"_csrf\" value=\"t\"></form>"), "text/html")).isNull();
		assertThat(PageCache.Page.of(bytes(fragment + fragment), "text/html")).isNull();
		assertThat(PageCache.Page.of(bytes("<p>no fragment</p>"), "text/html").fragmentAt()).isEqualTo(-1);
	}

	private MockHttpServletResponse serve(String page, String username, String role, MockHttpSession session)
			throws Exception {
		return this.mvc.perform(get(page).with(user(username).roles(role)).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

	private static String token(MockHttpServletResponse response) throws Exception {
		Matcher token = CSRF.matcher(response.getContentAsString());
		assertThat(token.find()).as("a CSRF token in the page").isTrue();
		String value = token.group(1);
		assertThat(token.find()).as("a second CSRF token in the page").isFalse();
		return value;
	}

	private static byte[] bytes(String html) {
		return html.getBytes(StandardCharsets.UTF_8);
	}

}
