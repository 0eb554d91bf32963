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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new alias waits as a draft until a second person approves it, and is then found by
 * its name; an edit waits for review with its reason; a form from an older version is a
 * conflict; a name the group has already is refused beside the field.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class AliasFormControllerTests {

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
		this.jdbc.sql("delete from group_alias where name like '%Zarqwyn%'").update();
		this.jdbc.sql("delete from claim where quote like 'Test quote%'").update();
		this.jdbc.sql("delete from form_submission where username like 'editor-%'").update();
	}

	@Test
	void shouldMarkWrongFieldsAndSaveNothing() throws Exception {
		this.mvc.perform(newAlias("name", "", "quality", "", "claims[0].source", "no-such-source"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Fill this in."), containsString("Choose a value."),
					containsString("No source has this slug or title."))));
		this.mvc
			.perform(newAlias("claims[0].source", "", "claims[0].quote", "", "claims[0].claimantKind", "",
					"claims[0].confidence", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Every fact is sourced")));
		this.mvc.perform(newAlias("name", "Test\u0000Zarqwyn"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("cannot be stored")));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldRefuseANameTheGroupHasAsAFieldError() throws Exception {
		this.mvc.perform(newAlias("name", "Pakistani Taliban"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The group already has this name.")));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldPublishANewAliasOnlyOnceASecondPersonApprovesItsDraft() throws Exception {
		String page = this.mvc.perform(newAlias("name", "<script>alert(1)</script> Zarqwyn"))
			.andExpect(redirectedUrlPattern("/review/revisions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long draft = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
		this.mvc.perform(get("/groups/ttp/aliases/new").param("draft", String.valueOf(draft)).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Zarqwyn")));
		this.mvc.perform(get("/groups/isil/aliases/new").param("draft", String.valueOf(draft)).with(EDITOR))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(page + "/submit").param("version", "0").with(EDITOR)).andExpect(redirectedUrl(page));
		this.mvc.perform(post(page + "/approve").param("version", "1").with(EDITOR)).andExpect(status().isConflict());
		this.mvc.perform(post(page + "/approve").param("version", "1").with(REVIEWER))
			.andExpect(redirectedUrl("/groups/ttp"));
		assertThat(
				this.jdbc.sql("select name from group_alias where name like '%Zarqwyn'").query(String.class).single())
			.isEqualTo("<script>alert(1)</script> Zarqwyn");
		awaitPage("/groups/ttp", "&lt;script&gt;alert(1)&lt;/script&gt; Zarqwyn");
		assertThat(body("/groups/ttp")).doesNotContain("<script>alert(1)</script>").contains("Test quote of the alias");
		this.mvc.perform(get("/search").param("q", "zarqwyn"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tehreek-e-Taliban Pakistan")));
		awaitPage("/incidents/new", "&lt;script&gt;alert(1)&lt;/script&gt; Zarqwyn");
	}

	@Test
	void shouldHoldAnEditForReviewAndRefuseOneFromAnOlderVersion() throws Exception {
		this.jdbc.sql("insert into group_alias (group_id, name, quality, claim_id) "
				+ "select (select id from militant_group where slug = 'ttp'), 'Test Zarqwyn', 'AKA', min(id) from claim")
			.update();
		long id = this.jdbc.sql("select id from group_alias where name = 'Test Zarqwyn'").query(Long.class).single();
		String ref = this.jdbc.sql("select c.ref from claim c join group_alias a on a.claim_id = c.id where a.id = ?")
			.param(id)
			.query(String.class)
			.single();
		this.mvc.perform(get("/groups/ttp/aliases/" + id + "/edit").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Test Zarqwyn"), containsString(ref))));
		this.mvc.perform(get("/groups/isil/aliases/" + id + "/edit").with(EDITOR)).andExpect(status().isNotFound());
		this.mvc.perform(edit(id, ref).param("version", "0").param("reason", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Say why you change a published record")));
		this.mvc.perform(edit(id, ref).param("version", "0").param("reason", "The source spells it so."))
			.andExpect(redirectedUrl("/groups/ttp"));
		assertThat(revisions()).isEqualTo(1);
		this.mvc.perform(edit(id, ref).param("version", "99").param("reason", "Stale."))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Someone saved this record"),
					containsString("Test Zarqwyn Renamed"), containsString("Test Zarqwyn"))));
		assertThat(revisions()).isEqualTo(1);
		long revision = this.jdbc.sql("select id from pending_revision where editor = 'editor-one'")
			.query(Long.class)
			.single();
		this.mvc.perform(post("/review/revisions/" + revision + "/approve").param("version", "0").with(REVIEWER))
			.andExpect(redirectedUrl("/groups/ttp"));
		assertThat(this.jdbc.sql("select name || ' ' || quality || ' ' || version from group_alias where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Test Zarqwyn Renamed FKA 1");
	}

	private void awaitPage(String url, String text) {
		Await.until(url + " to show " + text, () -> body(url).contains(text));
	}

	private String body(String url) {
		try {
			return this.mvc.perform(get(url).with(EDITOR)).andReturn().getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A new alias's form for the TTP, with some fields given other values (name,
	 * value...).
	 */
	private MockHttpServletRequestBuilder newAlias(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("formToken", UUID.randomUUID().toString());
		fields.put("version", "0");
		fields.put("name", "Test Zarqwyn");
		fields.put("quality", "AKA");
		fields.put("claims[0].source", SOURCE);
		fields.put("claims[0].quote", "Test quote of the alias");
		fields.put("claims[0].claimantKind", "SOURCE");
		fields.put("claims[0].position", "ASSERTS");
		fields.put("claims[0].confidence", "HIGH");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/groups/ttp/aliases/new").with(EDITOR);
		fields.forEach(request::param);
		return request;
	}

	private MockHttpServletRequestBuilder edit(long id, String ref) {
		return post("/groups/ttp/aliases/" + id + "/edit").with(EDITOR)
			.param("formToken", UUID.randomUUID().toString())
			.param("name", "Test Zarqwyn Renamed")
			.param("quality", "FKA")
			.param("claims[0].ref", ref);
	}

	private long revisions() {
		return this.jdbc.sql("select count(*) from pending_revision where editor like 'editor-%'")
			.query(Long.class)
			.single();
	}

}
