package org.militancymonitor.source;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
 * A new source waits as a draft until a second person approves it; an edit of a source
 * waits for review with its reason; a form from an older version is a conflict.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class SourceFormControllerTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-one");

	static final RequestPostProcessor REVIEWER = SignedIn.editor("editor-two");

	static final String SEED = "article-000-denmark-warns-unsc-on-ttp";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeWhatWasEntered() {
		this.jdbc.sql("delete from pending_revision where editor like 'editor-%'").update();
		this.jdbc.sql("delete from source where slug = 'test-entered-source'").update();
		this.jdbc.sql("delete from form_submission where username like 'editor-%'").update();
	}

	@Test
	void shouldMarkWrongFieldsAndSaveNothing() throws Exception {
		this.mvc.perform(newSource("slug", "Not A Slug", "url", "javascript:alert(1)", "title", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Use lower-case letters and digits"),
					containsString("Enter an address starting with http"), containsString("Fill this in."))));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldPublishANewSourceOnlyOnceASecondPersonApprovesItsDraft() throws Exception {
		String page = this.mvc.perform(newSource())
			.andExpect(redirectedUrlPattern("/review/revisions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get("/sources/test-entered-source").with(EDITOR)).andExpect(status().isNotFound());
		this.mvc.perform(get(page).with(REVIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Test report on Bannu"), containsString("Submit"))));
		this.mvc.perform(post(page + "/submit").param("version", "0").with(EDITOR)).andExpect(redirectedUrl(page));
		this.mvc.perform(post(page + "/approve").param("version", "1").with(EDITOR)).andExpect(status().isConflict());
		this.mvc.perform(post(page + "/approve").param("version", "1").with(REVIEWER))
			.andExpect(redirectedUrl("/sources/test-entered-source"));
		this.mvc.perform(get("/sources/test-entered-source").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Test report on Bannu")));
	}

	@Test
	void shouldHoldAnEditForReviewAndRefuseOneFromAnOlderVersion() throws Exception {
		String version = this.jdbc.sql("select version from source where slug = ?")
			.param(SEED)
			.query(String.class)
			.single();
		this.mvc.perform(edit().param("version", version).param("reason", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Say why you change a published record")));
		this.mvc.perform(edit().param("version", version).param("reason", "The publisher is known."))
			.andExpect(redirectedUrl("/sources/" + SEED));
		assertThat(revisions()).isEqualTo(1);
		assertThat(
				this.jdbc.sql("select publisher from source where slug = ?").param(SEED).query(String.class).optional())
			.isEmpty();
		this.mvc.perform(edit().param("version", "99").param("reason", "Stale."))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone saved this record")));
		assertThat(revisions()).isEqualTo(1);
	}

	/** A new source's form, with some fields given other values (name, value...). */
	private MockHttpServletRequestBuilder newSource(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("formToken", UUID.randomUUID().toString());
		fields.put("version", "0");
		fields.put("slug", "test-entered-source");
		fields.put("title", "Test report on Bannu");
		fields.put("kind", "NEWS_ARTICLE");
		fields.put("publishedPrecision", "DAY");
		fields.put("publishedOn", "2025-10-13");
		fields.put("reliability", "B");
		fields.put("url", "https://example.org/bannu");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/sources/new").with(EDITOR);
		fields.forEach(request::param);
		return request;
	}

	private MockHttpServletRequestBuilder edit() {
		return post("/sources/" + SEED + "/edit").with(EDITOR)
			.param("formToken", UUID.randomUUID().toString())
			.param("slug", SEED)
			.param("title", "[Denmark warns UN Security Council of TTP threat]")
			.param("publisher", "Test Wire")
			.param("kind", "NEWS_ARTICLE")
			.param("publishedPrecision", "UNKNOWN")
			.param("reliability", "C");
	}

	private long revisions() {
		return this.jdbc.sql("select count(*) from pending_revision where editor like 'editor-%'")
			.query(Long.class)
			.single();
	}

}
