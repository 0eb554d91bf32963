package org.militancymonitor.report;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.RetractionFixture;
import org.militancymonitor.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retracting a report or one of its findings: the report page still shows it, marked with
 * who retracted it, when and why; the report list, the group profile's findings and the
 * search leave it out; the History shows the retraction; a stale or blank form changes
 * nothing; a retracted record is not edited, nor does a retracted report take findings.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class ReportRetractionTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-retract-one");

	static final String PAGE = "/reports/" + RetractionFixture.REPORT;

	static final String PROFILE = "/groups/" + RetractionFixture.GROUP;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	RetractionFixture fixture;

	@BeforeEach
	void enter() {
		this.fixture = RetractionFixture.enter(this.jdbc);
	}

	@AfterEach
	void remove() {
		RetractionFixture.remove(this.jdbc);
	}

	@Test
	void shouldMoveARetractedFindingApartOnItsReportAndOutOfTheProfileAndSearch() throws Exception {
		long finding = this.fixture.finding;
		assertThat(section(page(PROFILE), "findings")).contains(RetractionFixture.FINDING);
		assertThat(findingCount()).isEqualTo("1");
		assertThat(page("/search?q=recruits+Zarqwynstan")).contains("href=\"" + PAGE + "\"");
		String url = PAGE + "/findings/" + finding + "/retract";
		int version = this.fixture.version("report_finding", finding);
		this.mvc.perform(RetractionFixture.retract(url, version + 3, "Stale.", EDITOR))
			.andExpect(status().isConflict());
		this.mvc.perform(RetractionFixture.retract(url, version, "\t", EDITOR)).andExpect(status().isBadRequest());
		assertThat(this.fixture.retraction("report_finding", finding)).isNull();

		this.mvc.perform(RetractionFixture.retract(url, version, "The team corrected this finding.", EDITOR))
			.andExpect(redirectedUrl(PAGE + "#finding-" + finding))
			.andExpect(flash().attribute("message", "retraction.done"));

		String report = page(PAGE);
		assertThat(section(report, "findings")).doesNotContain(RetractionFixture.FINDING);
		assertThat(section(report, "retracted-findings"))
			.contains("id=\"finding-" + finding + "\"", RetractionFixture.FINDING, "Retracted on ",
					"The team corrected this finding.")
			.doesNotContain("/findings/" + finding + "/retract\"")
			.doesNotContain("/findings/" + finding + "/edit\"");
		assertThat(section(page(PROFILE), "findings")).doesNotContain(RetractionFixture.FINDING);
		assertThat(findingCount()).isEqualTo("0");
		assertThat(page("/search?q=recruits+Zarqwynstan")).doesNotContain("href=\"" + PAGE + "\"");
		this.mvc.perform(get(PAGE + "/findings/" + finding + "/edit").with(EDITOR)).andExpect(status().isConflict());
		this.mvc.perform(get(PAGE + "/history").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("retracted: The team corrected this finding.")));
	}

	@Test
	void shouldTakeARetractedReportOutOfTheListButKeepItsPage() throws Exception {
		assertThat(page("/reports")).contains("href=\"" + PAGE + "\"");
		this.mvc
			.perform(this.fixture.retract(PAGE + "/retract", "report", this.fixture.report, "The report was a forgery.",
					EDITOR))
			.andExpect(redirectedUrl(PAGE));
		this.mvc.perform(get(PAGE).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Retracted on "),
					containsString("The report was a forgery."), containsString(RetractionFixture.REPORT_TITLE))));
		assertThat(page(PAGE)).doesNotContain("href=\"" + PAGE + "/edit\"")
			.doesNotContain("href=\"" + PAGE + "/findings/new\"")
			.doesNotContain("/retract\"");
		assertThat(page("/reports")).doesNotContain("href=\"" + PAGE + "\"");
		assertThat(section(page(PROFILE), "findings")).doesNotContain(RetractionFixture.FINDING);
		assertThat(page("/search?q=Test+Retraction+Report")).doesNotContain("href=\"" + PAGE + "\"");
		this.mvc.perform(get(PAGE + "/edit").with(EDITOR)).andExpect(status().isConflict());
		this.mvc.perform(get(PAGE + "/findings/new").with(EDITOR)).andExpect(status().isConflict());
	}

	/** The fixture report's number of findings on the report list. */
	private String findingCount() {
		String list = page("/reports");
		String row = list.substring(list.indexOf("href=\"" + PAGE + "\""));
		row = row.substring(row.indexOf("finding-count\">") + "finding-count\">".length());
		return row.substring(0, row.indexOf('<'));
	}

	private static String section(String page, String id) {
		int start = page.indexOf("<section id=\"" + id + "\"");
		assertThat(start).as("section %s", id).isNotNegative();
		int end = page.indexOf("<section", start + 1);
		return page.substring(start, (end < 0) ? page.length() : end);
	}

	private String page(String url) {
		try {
			return this.mvc.perform(get(url).with(EDITOR)).andReturn().getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
