package org.militancymonitor.group;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.Await;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new group waits as a draft until a second person approves it; an edit of a group
 * waits for review with its reason; a form from an older version is a conflict.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class GroupFormControllerTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-one");

	static final RequestPostProcessor REVIEWER = SignedIn.editor("editor-two");

	static final String SOURCE = "article-000-denmark-warns-unsc-on-ttp";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeWhatWasEntered() {
		this.jdbc.sql("delete from pending_revision where editor like 'editor-%'").update();
		this.jdbc.sql("delete from militant_group where slug like 'test-entered-%'").update();
		this.jdbc.sql("delete from claim where quote like 'Test quote%'").update();
		this.jdbc.sql("delete from form_submission where username like 'editor-%'").update();
	}

	@Test
	void shouldMarkWrongFieldsAndSaveNothing() throws Exception {
		this.mvc
			.perform(newGroup("slug", "Not A Slug", "name", "", "parent", "No such group anywhere", "facts[0].quote",
					""))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("Use lower-case letters and digits"), containsString("Fill this in."),
						containsString("No group has this name."), containsString("Copy the quote verbatim"))));
		this.mvc.perform(newGroup("slug", "ttp"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Another group already has this slug.")));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldRequireASourcedFactForANewGroup() throws Exception {
		this.mvc
			.perform(newGroup("facts[0].attribute", "", "facts[0].summary", "", "facts[0].source", "", "facts[0].quote",
					"", "facts[0].claimantKind", "", "facts[0].confidence", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A new group needs at least one sourced fact")));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldRefuseANulByteWithAMessage() throws Exception {
		this.mvc.perform(newGroup("name", "Test\u0000Front"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("cannot be stored")));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldPublishANewGroupOnlyOnceASecondPersonApprovesItsDraft() throws Exception {
		String page = this.mvc
			.perform(newGroup("name", "<script>alert(1)</script> Front", "parent", "Pakistani Taliban"))
			.andExpect(redirectedUrlPattern("/review/revisions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get("/groups/test-entered-front").with(EDITOR)).andExpect(status().isNotFound());
		this.mvc.perform(get(page).with(REVIEWER)).andExpect(status().isOk());
		this.mvc.perform(post(page + "/submit").param("version", "0").with(EDITOR)).andExpect(redirectedUrl(page));
		this.mvc.perform(post(page + "/approve").param("version", "1").with(EDITOR)).andExpect(status().isConflict());
		this.mvc.perform(post(page + "/approve").param("version", "1").with(REVIEWER))
			.andExpect(redirectedUrl("/groups/test-entered-front"));
		this.mvc.perform(get("/groups/test-entered-front").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt; Front"),
					not(containsString("<script>alert(1)</script>")), containsString("Test quote on the front"),
					containsString("Tehreek-e-Taliban Pakistan"))));
		assertThat(this.jdbc
			.sql("select count(*) from group_claim gc join militant_group g on g.id = gc.group_id "
					+ "where g.slug = 'test-entered-front'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void shouldHoldAnEditForReviewAndRefuseOneFromAnOlderVersion() throws Exception {
		this.jdbc
			.sql("insert into militant_group (slug, name, kind, status) "
					+ "values ('test-entered-edited', 'Test Edited Front', 'INSURGENT', 'ACTIVE')")
			.update();
		this.mvc.perform(get("/groups/test-entered-edited/edit").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Test Edited Front")));
		this.mvc.perform(edit().param("version", "0").param("reason", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Say why you change a published record")));
		this.mvc.perform(edit().param("version", "0").param("reason", "The source names it so."))
			.andExpect(redirectedUrl("/groups/test-entered-edited"));
		assertThat(revisions()).isEqualTo(1);
		assertThat(name()).isEqualTo("Test Edited Front");
		this.mvc.perform(edit().param("version", "99").param("reason", "Stale."))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Someone saved this record"),
					containsString("Test Renamed Front"), containsString("Test Edited Front"))));
		assertThat(revisions()).isEqualTo(1);
		long id = this.jdbc.sql("select id from pending_revision where editor = 'editor-one'")
			.query(Long.class)
			.single();
		this.mvc.perform(post("/review/revisions/" + id + "/approve").param("version", "0").with(EDITOR))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/review/revisions/" + id + "/approve").param("version", "0").with(REVIEWER))
			.andExpect(redirectedUrl("/groups/test-entered-edited"));
		assertThat(name()).isEqualTo("Test Renamed Front");
		assertThat(this.jdbc.sql("select status from militant_group where slug = 'test-entered-edited'")
			.query(String.class)
			.single()).isEqualTo("INACTIVE");
	}

	@Test
	void shouldOfferTheFormsFromTheHomePageAndTheProfile() throws Exception {
		this.mvc.perform(get("/").with(EDITOR)).andExpect(content().string(containsString("href=\"/groups/new\"")));
		Await.until("the profile to link its forms", () -> {
			try {
				String page = this.mvc.perform(get("/groups/ttp").with(EDITOR))
					.andReturn()
					.getResponse()
					.getContentAsString();
				return page.contains("/groups/ttp/edit") && page.contains("/groups/ttp/aliases/new")
						&& page.contains("/groups/ttp/designations/new");
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		this.mvc.perform(get("/groups/new").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sourced facts")));
	}

	private String name() {
		return this.jdbc.sql("select name from militant_group where slug = 'test-entered-edited'")
			.query(String.class)
			.single();
	}

	/** A new group's form, with some fields given other values (name, value...). */
	private MockHttpServletRequestBuilder newGroup(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("formToken", UUID.randomUUID().toString());
		fields.put("version", "0");
		fields.put("slug", "test-entered-front");
		fields.put("name", "Test Entered Front");
		fields.put("kind", "INSURGENT");
		fields.put("status", "ACTIVE");
		fields.put("foundedPrecision", "YEAR");
		fields.put("foundedOn", "2020-01-01");
		fields.put("facts[0].attribute", "FOUNDED");
		fields.put("facts[0].summary", "Founded in 2020");
		fields.put("facts[0].source", SOURCE);
		fields.put("facts[0].quote", "Test quote on the front");
		fields.put("facts[0].claimantKind", "SOURCE");
		fields.put("facts[0].position", "ASSERTS");
		fields.put("facts[0].confidence", "MODERATE");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/groups/new").with(EDITOR);
		fields.forEach(request::param);
		return request;
	}

	private MockHttpServletRequestBuilder edit() {
		return post("/groups/test-entered-edited/edit").with(EDITOR)
			.param("formToken", UUID.randomUUID().toString())
			.param("slug", "test-entered-edited")
			.param("name", "Test Renamed Front")
			.param("kind", "INSURGENT")
			.param("status", "INACTIVE")
			.param("foundedPrecision", "UNKNOWN");
	}

	private long revisions() {
		return this.jdbc.sql("select count(*) from pending_revision where editor like 'editor-%'")
			.query(Long.class)
			.single();
	}

}
