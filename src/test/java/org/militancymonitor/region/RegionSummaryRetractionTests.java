package org.militancymonitor.region;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retracted records leave a region's summary as they leave every other list: the latest
 * reports (a retracted report, one whose only finding is retracted, one about a retracted
 * group), the latest statements and the timeline's statements, the UN listings of the
 * timeline and those in force, and the contested subjects (a retracted relationship, one
 * whose denial or whose denial's source is retracted, one of a retracted group, a
 * retracted denial and denials of retracted records), each beside a live sibling that
 * stays. Over {@code region/summary-retraction-fixtures.sql}, in the test's transaction
 * (rolled back), retracted in SQL as the retraction forms store it.
 */
@PostgresSpringBootTest
@Transactional
@Sql("/region/summary-retraction-fixtures.sql")
@WithMockUser(roles = "ANALYST")
class RegionSummaryRetractionTests {

	static final String SINDH = "/regions/pk-sindh?end=2031-03-20";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldLeaveRetractedReportsAndFindingsOut() throws Exception {
		String before = section(page(), "related-reports");
		assertThat(before).contains("SR live report", "SR retracted report", "SR report of a retracted finding",
				"SR report about a gone group");

		retract("report", "slug = 'sr-retracted-report'");
		retract("report_finding", "report_id = (select id from report where slug = 'sr-finding-report')");
		retractGroup();

		String after = section(page(), "related-reports");
		assertThat(after).contains("SR live report")
			.doesNotContain("SR retracted report")
			.doesNotContain("SR report of a retracted finding")
			.doesNotContain("SR report about a gone group");
	}

	@Test
	void shouldLeaveRetractedStatementsOutOfTheLatestAndTheTimeline() throws Exception {
		String before = page();
		for (String id : new String[] { "related-statements", "timeline-table" }) {
			assertThat(section(before, id)).as(id)
				.contains("SR live statement", "SR retracted statement", "SR gone group statement");
		}

		retract("statement", "summary = 'SR retracted statement'");
		retractGroup();

		String after = page();
		for (String id : new String[] { "related-statements", "timeline-table" }) {
			assertThat(section(after, id)).as(id)
				.contains("SR live statement")
				.doesNotContain("SR retracted statement")
				.doesNotContain("SR gone group statement");
		}
	}

	@Test
	void shouldLeaveRetractedListingsOutOfTheTimelineAndTheListingsInForce() throws Exception {
		String before = page();
		assertThat(section(before, "timeline-table")).contains("SR live regime (SRL.1)", "SR retracted regime (SRR.1)",
				"SR gone group regime (SRG.1)");
		assertThat(section(before, "in-force")).contains("SRO.1", "SRO.2");

		retract("designation", "regime in ('SR retracted regime', 'SR old retracted regime')");
		retractGroup();

		String after = page();
		assertThat(section(after, "timeline-table")).contains("SR live regime (SRL.1)")
			.doesNotContain("SRR.1")
			.doesNotContain("SRG.1")
			.doesNotContain("Aaretract Gone Front");
		assertThat(section(after, "in-force")).contains("SRO.1").doesNotContain("SRO.2");
	}

	@Test
	void shouldCountOnlyRelationshipsWhoseStandingClaimsDisagreeAsContested() throws Exception {
		String before = section(page(), "related-contested");
		assertThat(before).contains("Aaretract Live Front is a rival of Aaretract Other Front",
				"Aaretract Live Front is allied with Aaretract Other Front",
				"Aaretract Live Front supports Aaretract Other Front",
				"Aaretract Live Front funds Aaretract Other Front",
				"Aaretract Gone Front shelters Aaretract Other Front");

		retract("claim", "ref = 'sr-claim-denies'");
		retract("source", "slug = 'sr-doomed-source'");
		retract("group_relationship",
				"type = 'FUNDS' and from_group_id = (select id from militant_group where slug = 'sr-live')");
		retractGroup();

		String after = section(page(), "related-contested");
		assertThat(after).contains("Aaretract Live Front is a rival of Aaretract Other Front")
			.doesNotContain("Aaretract Live Front is allied with")
			.doesNotContain("Aaretract Live Front supports")
			.doesNotContain("Aaretract Live Front funds")
			.doesNotContain("Aaretract Gone Front");
	}

	@Test
	void shouldLeaveRetractedDenialsAndDenialsOfRetractedRecordsOutOfTheContested() throws Exception {
		String before = section(page(), "related-contested");
		assertThat(before).contains("SR live denial", "SR denial of a retracted statement", "SR retracted denial",
				"SR denial of a retracted report");

		retract("statement", "summary in ('SR retracted statement', 'SR retracted denial')");
		retract("report", "slug = 'sr-retracted-report'");

		String after = section(page(), "related-contested");
		assertThat(after).contains("SR live denial")
			.doesNotContain("SR denial of a retracted statement")
			.doesNotContain("SR retracted denial")
			.doesNotContain("SR denial of a retracted report");
	}

	/** Retracts the rows of a table as the retraction forms store a retraction. */
	private void retract(String table, String where) {
		int rows = this.jdbc
			.sql("update " + table + " set retracted_at = now(), retracted_by = 'editor-retract-one', "
					+ "retraction_reason = 'Retracted for the summary test.' where " + where)
			.update();
		assertThat(rows).as("rows of %s retracted", table).isPositive();
	}

	private void retractGroup() {
		retract("militant_group", "slug = 'sr-gone'");
	}

	private String page() throws Exception {
		return this.mvc.perform(get(SINDH)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The list or table of that id, up to its end tag. */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("#%s in the page", id).isNotNegative();
		String tag = page.substring(page.lastIndexOf('<', start) + 1).split("[\\s>]", 2)[0];
		return page.substring(start, page.indexOf("</" + tag + ">", start));
	}

}
