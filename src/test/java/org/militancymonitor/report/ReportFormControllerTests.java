package org.militancymonitor.report;

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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new report waits as a draft until a second person approves it; an edit of a report
 * waits for review with its reason; a form from an older version is a conflict.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class ReportFormControllerTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-one");

	static final RequestPostProcessor REVIEWER = SignedIn.editor("editor-two");

	static final String HOSTILE = "<script>alert(1)</script>";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeWhatWasEntered() {
		this.jdbc.sql("delete from pending_revision where editor like 'editor-%'").update();
		this.jdbc.sql("delete from report where slug like 'test-%'").update();
		this.jdbc.sql("delete from form_submission where username like 'editor-%'").update();
	}

	@Test
	void shouldMarkWrongFieldsAndSaveNothing() throws Exception {
		this.mvc.perform(newReport("slug", "Not A Slug", "title", "", "kind", "NO_SUCH_KIND"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Use lower-case letters and digits"),
					containsString("Fill this in."), containsString("is-invalid"))));
		this.mvc.perform(newReport("issuingBody", "UN\u0000 Monitoring Team"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("control character")));
		this.mvc.perform(newReport("slug", "unmt-report-001"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Another report already has this slug")));
		this.mvc.perform(newReport("publishedPrecision", "DAY", "publishedOn", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter the date")));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldPublishANewReportOnlyOnceASecondPersonApprovesItsDraft() throws Exception {
		String page = this.mvc.perform(newReport())
			.andExpect(redirectedUrlPattern("/review/revisions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get("/reports/test-entered-report").with(EDITOR)).andExpect(status().isNotFound());
		String draft = page.substring(page.lastIndexOf('/') + 1);
		this.mvc.perform(get("/reports/new").param("draft", draft).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"test-entered-report\"")));
		this.mvc.perform(get(page).with(REVIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString(HOSTILE)), containsString("Submit"))));
		this.mvc.perform(post(page + "/submit").param("version", "0").with(EDITOR)).andExpect(redirectedUrl(page));
		this.mvc.perform(post(page + "/approve").param("version", "1").with(EDITOR)).andExpect(status().isConflict());
		this.mvc.perform(get("/reports/test-entered-report").with(EDITOR)).andExpect(status().isNotFound());
		this.mvc.perform(post(page + "/approve").param("version", "1").with(REVIEWER))
			.andExpect(redirectedUrl("/reports/test-entered-report"));
		this.mvc.perform(get("/reports/test-entered-report").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Test report &lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString(HOSTILE)), containsString("href=\"/reports/test-entered-report/edit\""))));
		assertThat(this.jdbc.sql("select title from report where slug = 'test-entered-report'")
			.query(String.class)
			.single()).isEqualTo("Test report " + HOSTILE);
	}

	@Test
	void shouldHoldAnEditForReviewUntilASecondPersonApprovesIt() throws Exception {
		insertReport();
		this.mvc.perform(edit("0").param("reason", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Say why you change a published record")));
		assertThat(revisions()).isZero();
		this.mvc.perform(edit("0").param("reason", "The symbol is known."))
			.andExpect(redirectedUrl("/reports/test-edited-report"));
		assertThat(revisions()).isEqualTo(1);
		assertThat(documentSymbol()).isNull();
		long revision = this.jdbc.sql("select id from pending_revision where editor = 'editor-one' and kind = 'report'")
			.query(Long.class)
			.single();
		this.mvc.perform(post("/review/revisions/" + revision + "/approve").param("version", "0").with(EDITOR))
			.andExpect(status().isConflict());
		assertThat(documentSymbol()).isNull();
		this.mvc.perform(post("/review/revisions/" + revision + "/approve").param("version", "0").with(REVIEWER))
			.andExpect(redirectedUrl("/reports/test-edited-report"));
		assertThat(documentSymbol()).isEqualTo("S/2099/1");
	}

	@Test
	void shouldShowAConflictWithBothValuesWhenTheFormIsFromAnOlderVersion() throws Exception {
		insertReport();
		this.mvc.perform(get("/reports/test-edited-report/edit").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Original test report")));
		this.mvc.perform(edit("99").param("reason", "Stale."))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Someone saved this record"),
					containsString("Original test report"), containsString("Edited test report"))));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownReportOrDraft() throws Exception {
		this.mvc.perform(get("/reports/no-such-report/edit").with(EDITOR)).andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/new").param("draft", "999999").with(EDITOR)).andExpect(status().isNotFound());
	}

	@Test
	void shouldLinkTheFormsFromTheReportPages() throws Exception {
		this.mvc.perform(get("/reports"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/reports/new\"")));
		// offered to editors alone (ReportControllerTests)
		this.mvc.perform(get("/reports/unmt-report-001").with(user("report-editor").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/reports/unmt-report-001/edit\""),
					containsString("href=\"/reports/unmt-report-001/findings/new\""), containsString("/claims/"))));
	}

	private void insertReport() {
		this.jdbc.sql("""
				insert into report (slug, title, issuing_body, kind, published_precision)
				values ('test-edited-report', 'Original test report', 'Test body', 'OTHER', 'UNKNOWN')
				""").update();
	}

	private String documentSymbol() {
		return this.jdbc.sql("select document_symbol from report where slug = 'test-edited-report'")
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** A new report's form, with some fields given other values (name, value...). */
	private MockHttpServletRequestBuilder newReport(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("formToken", UUID.randomUUID().toString());
		fields.put("version", "0");
		fields.put("slug", "test-entered-report");
		fields.put("title", "Test report " + HOSTILE);
		fields.put("issuingBody", "Test Monitoring Team");
		fields.put("kind", "MONITORING_TEAM_REPORT");
		fields.put("publishedPrecision", "MONTH");
		fields.put("publishedOn", "2025-07-01");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/reports/new").with(EDITOR);
		fields.forEach(request::param);
		return request;
	}

	private MockHttpServletRequestBuilder edit(String version) {
		return post("/reports/test-edited-report/edit").with(EDITOR)
			.param("formToken", UUID.randomUUID().toString())
			.param("version", version)
			.param("slug", "test-edited-report")
			.param("title", "Edited test report")
			.param("issuingBody", "Test body")
			.param("kind", "OTHER")
			.param("documentSymbol", "S/2099/1")
			.param("publishedPrecision", "UNKNOWN");
	}

	private long revisions() {
		return this.jdbc.sql("select count(*) from pending_revision where editor like 'editor-%'")
			.query(Long.class)
			.single();
	}

}
