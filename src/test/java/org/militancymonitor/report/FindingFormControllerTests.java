package org.militancymonitor.report;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new finding of a report waits as a draft until a second person approves it, with its
 * groups found by any alias and its claim; an edit of a finding waits for review with its
 * reason; a form from an older version is a conflict.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class FindingFormControllerTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-one");

	static final RequestPostProcessor REVIEWER = SignedIn.editor("editor-two");

	static final String HOSTILE = "<script>alert(1)</script>";

	static final String SOURCE = "article-000-denmark-warns-unsc-on-ttp";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/**
	 * A report of its own per test, so that no page of it was rendered and kept before.
	 */
	String slug;

	@BeforeEach
	void insertReport() {
		this.slug = "test-finding-report-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("""
				insert into report (slug, title, issuing_body, kind, published_precision)
				values (?, 'Report for test findings', 'Test body', 'OTHER', 'UNKNOWN')
				""").param(this.slug).update();
	}

	@AfterEach
	void removeWhatWasEntered() {
		this.jdbc.sql("delete from pending_revision where editor like 'editor-%'").update();
		this.jdbc.sql("delete from report where slug like 'test-%'").update();
		this.jdbc.sql("delete from claim where quote like 'Test finding quote%'").update();
		this.jdbc.sql("delete from form_submission where username like 'editor-%'").update();
	}

	@Test
	void shouldMarkWrongFieldsAndSaveNothing() throws Exception {
		this.mvc
			.perform(newFinding("groups[0]", "No Such Group", "summary", "", "claims[0].confidence", "",
					"claims[0].source", "no-such-source"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("No group has this name or alias."), containsString("Fill this in."),
						containsString("No source has this slug or title."), containsString("Choose a confidence."))));
		this.mvc
			.perform(newFinding("claims[0].source", "", "claims[0].quote", "", "claims[0].claimantKind", "",
					"claims[0].confidence", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A finding needs its claim")));
		this.mvc.perform(newFinding("summary", "The TTP\u0000 grows."))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("control character")));
		this.mvc.perform(newFinding("claims[0].ref", "no-such-claim"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("No claim has this reference.")));
		assertThat(revisions()).isZero();
		this.mvc
			.perform(post("/reports/no-such-report/findings/new").with(EDITOR)
				.param("formToken", UUID.randomUUID().toString())
				.param("summary", "A finding"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/no-such-report/findings/new").with(EDITOR)).andExpect(status().isNotFound());
	}

	@Test
	void shouldPublishANewFindingOnlyOnceASecondPersonApprovesItsDraft() throws Exception {
		this.mvc.perform(get("/reports/" + this.slug + "/findings/new").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Report for test findings")));
		String page = this.mvc.perform(newFinding())
			.andExpect(redirectedUrlPattern("/review/revisions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(findings()).isZero();
		String draft = page.substring(page.lastIndexOf('/') + 1);
		this.mvc.perform(get("/reports/" + this.slug + "/findings/new").param("draft", draft).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Test finding quote")));
		this.mvc.perform(get("/reports/unmt-report-001/findings/new").param("draft", draft).with(EDITOR))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(page).with(REVIEWER))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"), not(containsString(HOSTILE)))));
		this.mvc.perform(post(page + "/submit").param("version", "0").with(EDITOR)).andExpect(redirectedUrl(page));
		this.mvc.perform(post(page + "/approve").param("version", "1").with(EDITOR)).andExpect(status().isConflict());
		assertThat(findings()).isZero();
		this.mvc.perform(post(page + "/approve").param("version", "1").with(REVIEWER))
			.andExpect(redirectedUrlPattern("/reports/" + this.slug + "#finding-*"));
		assertThat(findings()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select g.slug from finding_group fg join militant_group g on g.id = fg.group_id
				  join report_finding f on f.id = fg.finding_id join report r on r.id = f.report_id
				 where r.slug = ?
				""").param(this.slug).query(String.class).list()).containsExactly("ttp");
		assertThat(this.jdbc.sql("""
				select c.quote from claim c join report_finding f on f.claim_id = c.id
				  join report r on r.id = f.report_id where r.slug = ?
				""").param(this.slug).query(String.class).single()).isEqualTo("Test finding quote");
		this.mvc.perform(get("/reports/" + this.slug))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("TTP grows &lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString(HOSTILE)), containsString("Test finding quote"))));
	}

	@Test
	void shouldHoldAnEditForReviewUntilASecondPersonApprovesIt() throws Exception {
		long finding = insertFinding();
		this.mvc.perform(get("/reports/" + this.slug + "/findings/" + finding + "/edit").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Original test finding"), containsString("a000-01"))));
		this.mvc.perform(edit(finding, "0").param("reason", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Say why you change a published record")));
		this.mvc.perform(edit(finding, "0").param("reason", "The finding names the TTP."))
			.andExpect(redirectedUrl("/reports/" + this.slug + "#finding-" + finding));
		assertThat(revisions()).isEqualTo(1);
		assertThat(summary(finding)).isEqualTo("Original test finding");
		long revision = this.jdbc
			.sql("select id from pending_revision where editor = 'editor-one' and kind = 'finding'")
			.query(Long.class)
			.single();
		this.mvc.perform(post("/review/revisions/" + revision + "/approve").param("version", "0").with(REVIEWER))
			.andExpect(redirectedUrl("/reports/" + this.slug + "#finding-" + finding));
		assertThat(summary(finding)).isEqualTo("Edited test finding");
		assertThat(this.jdbc.sql("select count(*) from finding_group where finding_id = ?")
			.param(finding)
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc.perform(get("/reports/unmt-report-001/findings/" + finding + "/edit").with(EDITOR))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldShowAConflictWithBothValuesWhenTheFormIsFromAnOlderVersion() throws Exception {
		long finding = insertFinding();
		this.mvc.perform(edit(finding, "99").param("reason", "Stale."))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Someone saved this record"),
					containsString("Original test finding"), containsString("Edited test finding"))));
		assertThat(revisions()).isZero();
	}

	private long insertFinding() {
		return this.jdbc.sql("""
				insert into report_finding (report_id, summary, claim_id, position)
				values ((select id from report where slug = ?), 'Original test finding',
				        (select id from claim where ref = 'a000-01'), 1)
				returning id
				""").param(this.slug).query(Long.class).single();
	}

	private String summary(long finding) {
		return this.jdbc.sql("select summary from report_finding where id = ?")
			.param(finding)
			.query(String.class)
			.single();
	}

	/** A new finding's form, with some fields given other values (name, value...). */
	private MockHttpServletRequestBuilder newFinding(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("formToken", UUID.randomUUID().toString());
		fields.put("version", "0");
		fields.put("summary", "TTP grows " + HOSTILE);
		fields.put("position", "1");
		fields.put("groups[0]", "Pakistani Taliban");
		fields.put("groups[1]", "");
		fields.put("claims[0].source", SOURCE);
		fields.put("claims[0].quote", "Test finding quote");
		fields.put("claims[0].claimantKind", "SOURCE");
		fields.put("claims[0].position", "ASSERTS");
		fields.put("claims[0].confidence", "HIGH");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/reports/" + this.slug + "/findings/new").with(EDITOR);
		fields.forEach(request::param);
		return request;
	}

	private MockHttpServletRequestBuilder edit(long finding, String version) {
		return post("/reports/" + this.slug + "/findings/" + finding + "/edit").with(EDITOR)
			.param("formToken", UUID.randomUUID().toString())
			.param("version", version)
			.param("reportId", "1")
			.param("summary", "Edited test finding")
			.param("position", "1")
			.param("groups[0]", "ttp")
			.param("claims[0].ref", "a000-01");
	}

	private long findings() {
		return this.jdbc
			.sql("select count(*) from report_finding f join report r on r.id = f.report_id where r.slug = ?")
			.param(this.slug)
			.query(Long.class)
			.single();
	}

	private long revisions() {
		return this.jdbc.sql("select count(*) from pending_revision where editor like 'editor-%'")
			.query(Long.class)
			.single();
	}

}
