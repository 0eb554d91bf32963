package org.militancymonitor.claim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An edit of a claim waits for review with its reason and is applied when a second person
 * approves it; its source never changes; a form from an older version is a conflict.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class ClaimFormControllerTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-one");

	static final RequestPostProcessor REVIEWER = SignedIn.editor("editor-two");

	static final String HOSTILE = "<script>alert(1)</script>";

	static final String SOURCE = "article-000-denmark-warns-unsc-on-ttp";

	static final String REF = "test-edited-claim";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void insertClaim() {
		this.jdbc.sql("""
				insert into claim (ref, source_id, quote, claimant_kind, confidence)
				values (?, (select id from source where slug = ?), 'Original test quote', 'SOURCE', 'HIGH')
				""").param(REF).param(SOURCE).update();
	}

	@AfterEach
	void removeWhatWasEntered() {
		this.jdbc.sql("delete from pending_revision where editor like 'editor-%'").update();
		this.jdbc.sql("delete from claim where ref = ?").param(REF).update();
		this.jdbc.sql("delete from form_submission where username like 'editor-%'").update();
	}

	@Test
	void shouldMarkWrongFieldsAndSaveNothing() throws Exception {
		this.mvc.perform(edit("0", "quote", "", "claimant", "Nowhere Land"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Fill this in."),
					containsString("No state, organisation, official or group of that kind has this name."))));
		this.mvc.perform(edit("0", "claimantKind", "ANONYMOUS_SOURCE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Say how the source names the anonymous claimant.")));
		this.mvc.perform(edit("0", "note", "A note\u0000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("control character")));
		assertThat(revisions()).isZero();
		this.mvc.perform(get("/claims/no-such-claim/edit").with(EDITOR)).andExpect(status().isNotFound());
	}

	@Test
	void shouldHoldAnEditForReviewUntilASecondPersonApprovesIt() throws Exception {
		this.mvc.perform(get("/claims/" + REF + "/edit").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Original test quote"), containsString(REF))));
		this.mvc.perform(edit("0").param("reason", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Say why you change a published record")));
		this.mvc.perform(edit("0").param("reason", "Denmark said it.").param("sourceId", "1"))
			.andExpect(redirectedUrl("/sources/" + SOURCE + "#claim-" + REF));
		assertThat(revisions()).isEqualTo(1);
		assertThat(column("quote")).isEqualTo("Original test quote");
		long revision = this.jdbc.sql("select id from pending_revision where editor = 'editor-one' and kind = 'claim'")
			.query(Long.class)
			.single();
		this.mvc.perform(post("/review/revisions/" + revision + "/approve").param("version", "0").with(EDITOR))
			.andExpect(status().isConflict());
		assertThat(column("quote")).isEqualTo("Original test quote");
		this.mvc.perform(post("/review/revisions/" + revision + "/approve").param("version", "0").with(REVIEWER))
			.andExpect(redirectedUrl("/sources/" + SOURCE + "#claim-" + REF));
		assertThat(column("quote")).isEqualTo("Edited test quote");
		assertThat(column("claimant_kind")).isEqualTo("STATE");
		assertThat(column("note")).isEqualTo(HOSTILE);
		assertThat(
				this.jdbc.sql("select a.slug from claim c join actor a on a.id = c.claimant_actor_id where c.ref = ?")
					.param(REF)
					.query(String.class)
					.single())
			.isEqualTo("denmark");
		assertThat(this.jdbc.sql("select s.slug from claim c join source s on s.id = c.source_id where c.ref = ?")
			.param(REF)
			.query(String.class)
			.single()).isEqualTo(SOURCE);
		this.mvc.perform(get("/claims/" + REF + "/edit").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString(HOSTILE)), containsString("value=\"Denmark\""))));
	}

	@Test
	void shouldShowAConflictWithBothValuesWhenTheFormIsFromAnOlderVersion() throws Exception {
		this.mvc.perform(edit("99").param("reason", "Stale."))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Someone saved this record"),
					containsString("Original test quote"), containsString("Edited test quote"))));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldOfferTheEditBesideEachClaimShownToAnEditor() throws Exception {
		this.mvc.perform(get("/reports/unmt-report-001").with(user("claim-editor").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/claims/")));
	}

	/** An edit of the claim, with some fields given other values (name, value...). */
	private MockHttpServletRequestBuilder edit(String version, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("formToken", UUID.randomUUID().toString());
		fields.put("version", version);
		fields.put("quote", "Edited test quote");
		fields.put("claimantKind", "STATE");
		fields.put("claimant", "Denmark");
		fields.put("position", "ASSERTS");
		fields.put("confidence", "MODERATE");
		fields.put("note", HOSTILE);
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/claims/" + REF + "/edit").with(EDITOR);
		fields.forEach(request::param);
		return request;
	}

	private String column(String name) {
		return this.jdbc.sql("select " + name + " from claim where ref = ?").param(REF).query(String.class).single();
	}

	private long revisions() {
		return this.jdbc.sql("select count(*) from pending_revision where editor like 'editor-%'")
			.query(Long.class)
			.single();
	}

}
