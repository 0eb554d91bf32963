package org.militancymonitor.account;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrators' account pages: an account created here can sign in; bad input is a
 * 400 with the message beside its field; a change made meanwhile is a 409; a disabled
 * account's session ends at once; nobody disables themself or the last administrator.
 */
@PostgresSpringBootTest
class AccountAdminControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	@Test
	void shouldListTheAccounts() throws Exception {
		TestAccounts.ensure(this.jdbc, "listed-analyst", Role.ANALYST);
		this.mvc.perform(get("/admin/users").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("listed-analyst"), containsString("Test listed-analyst"),
					containsString("href=\"/admin/users/new\""))));
	}

	@Test
	void shouldCreateAnAccountThatCanSignIn() throws Exception {
		String username = unique("new");
		this.mvc
			.perform(post("/admin/users/new").with(admin())
				.with(csrf())
				.param("username", username.toUpperCase())
				.param("displayName", "  Nadia Analyst ")
				.param("password", "a long enough password")
				.param("roles", "ANALYST", "MANAGER"))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("messageArgument", username));
		assertThat(this.jdbc.sql("select display_name from app_user where username = :u")
			.param("u", username)
			.query(String.class)
			.single()).isEqualTo("Nadia Analyst");
		this.mvc.perform(signIn(username, "a long enough password"))
			.andExpect(authenticated().withUsername(username).withRoles("ANALYST", "MANAGER"));
		assertThat(this.jdbc.sql("select password_hash from app_user where username = :u")
			.param("u", username)
			.query(String.class)
			.single()).startsWith("{bcrypt}");
	}

	@Test
	void shouldAnswerBadInputWithTheMessagesBesideTheFields() throws Exception {
		this.mvc
			.perform(post("/admin/users/new").with(admin())
				.with(csrf())
				.param("username", "x y<script>")
				.param("displayName", " ")
				.param("password", "short"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"username-error\""),
					containsString("Use 2 to 40 lower-case letters"), containsString("Enter a name of 1 to 100"),
					containsString("Use at least 12 and at most 72 characters."),
					containsString("aria-invalid=\"true\""), not(containsString("<script>")),
					not(containsString("value=\"short\"")))));
		this.mvc
			.perform(post("/admin/users/new").with(admin())
				.with(csrf())
				.param("username", unique("r"))
				.param("displayName", "No roles")
				.param("password", "a long enough password")
				.param("roles", "SUPERUSER"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void shouldRefuseATakenUsernameWhateverItsCase() throws Exception {
		String username = TestAccounts.ensure(this.jdbc, unique("taken"), Role.ANALYST);
		this.mvc
			.perform(post("/admin/users/new").with(admin())
				.with(csrf())
				.param("username", username.toUpperCase())
				.param("displayName", "Twin")
				.param("password", "a long enough password")
				.param("roles", "ANALYST"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This username is taken.")));
	}

	@Test
	void shouldEndTheSessionOfAnAccountAsSoonAsItIsDisabled() throws Exception {
		String username = TestAccounts.ensure(this.jdbc, unique("disabled"), Role.ANALYST);
		MockHttpSession session = (MockHttpSession) this.mvc.perform(signIn(username, TestAccounts.PASSWORD))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc.perform(get("/incidents").session(session)).andExpect(status().isOk());
		long id = id(username);
		this.mvc
			.perform(post("/admin/users/{id}", id).with(admin())
				.with(csrf())
				.param("version", version(id))
				.param("roles", "ANALYST"))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.jdbc.sql("select enabled from app_user where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).isFalse();
		this.mvc.perform(get("/incidents").session(session)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(signIn(username, TestAccounts.PASSWORD)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void shouldEndTheSessionOfAnAccountWhoseRolesChange() throws Exception {
		String username = TestAccounts.ensure(this.jdbc, unique("demoted"), Role.EDITOR);
		MockHttpSession session = (MockHttpSession) this.mvc.perform(signIn(username, TestAccounts.PASSWORD))
			.andReturn()
			.getRequest()
			.getSession();
		long id = id(username);
		this.mvc
			.perform(post("/admin/users/{id}", id).with(admin())
				.with(csrf())
				.param("version", version(id))
				.param("roles", "ANALYST")
				.param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(get("/incidents").session(session)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(signIn(username, TestAccounts.PASSWORD)).andExpect(authenticated().withRoles("ANALYST"));
	}

	@Test
	void shouldRefuseAChangeMadeMeanwhileBySomeoneElse() throws Exception {
		long id = id(TestAccounts.ensure(this.jdbc, unique("stale"), Role.ANALYST));
		String seen = version(id);
		this.jdbc.sql("update app_user set version = version + 1 where id = :id").param("id", id).update();
		this.mvc
			.perform(post("/admin/users/{id}", id).with(admin())
				.with(csrf())
				.param("version", seen)
				.param("roles", "EDITOR")
				.param("enabled", "true"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone changed this account meanwhile.")));
		assertThat(this.jdbc.sql("select count(*) from app_user_role where user_id = :id and role = 'EDITOR'")
			.param("id", id)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void shouldRefuseToDisableOneself() throws Exception {
		String username = TestAccounts.ensure(this.jdbc, unique("self"), Role.ADMIN);
		long id = id(username);
		this.mvc
			.perform(post("/admin/users/{id}", id).with(user(username).roles("ADMIN"))
				.with(csrf())
				.param("version", version(id))
				.param("roles", "ADMIN"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("You cannot disable your own account.")));
	}

	@Test
	@Transactional
	void shouldKeepTheLastEnabledAdministrator() {
		String username = TestAccounts.ensure(this.jdbc, unique("last"), Role.ADMIN);
		// rolled back with the test: every other administrator disabled
		this.jdbc.sql("update app_user set enabled = false where username <> :u").param("u", username).update();
		long id = id(username);
		assertThatThrownBy(() -> this.accounts.change(id, Integer.parseInt(version(id)), EnumSet.of(Role.EDITOR), true,
				"someone-else"))
			.isInstanceOfSatisfying(AccountRefusal.class,
					(refusal) -> assertThat(refusal.code()).isEqualTo("account.lastAdmin"));
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownAccount() throws Exception {
		this.mvc.perform(get("/admin/users/{id}", Long.MAX_VALUE).with(admin())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/users/abc").with(admin())).andExpect(status().isBadRequest());
	}

	private static RequestPostProcessor admin() {
		return user("test-admin").roles("ADMIN");
	}

	private static MockHttpServletRequestBuilder signIn(String username, String password) {
		return post("/login").param("username", username).param("password", password).with(csrf());
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private long id(String username) {
		return this.jdbc.sql("select id from app_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private String version(long id) {
		return this.jdbc.sql("select version::text from app_user where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
